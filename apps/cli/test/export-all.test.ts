import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '@coursepack/core';
import { EVERY_KIND_FILES, courseFromFiles, writeContentFolder } from '@coursepack/test-kit';
import { FORMAT_NAMES, runBuild } from 'coursepack';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRules } from '../src/report/export-rules.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const known = new Set([...allRules, ...exportRules].map((r) => r.code));

describe('coursepack build --format all', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('exports the bundled course in every format, with a docs page for every notice', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-all-'));
    dirs.push(out);
    const outcome = await runBuild({ root: path.join(repo, 'content'), outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test', scormCourse: true } });
    expect(outcome.skipped).toEqual([]);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await readdir(out)).sort()).toEqual(['.coursepack-outputs.json', ...FORMAT_NAMES].sort());
    const ids = ['00_realtime_voice_agents', '01_question_types', '04_ml_platform_operations'];
    expect((await readdir(path.join(out, 'scorm2004'))).sort()).toEqual([...ids.map((id) => `${id}.zip`), 'course.zip'].sort());
    expect((await readdir(path.join(out, 'pdf'))).sort()).toEqual([...ids.flatMap((id) => [`${id}-key.pdf`, `${id}-worksheet.pdf`]), 'course.pdf'].sort());
    expect(await readdir(path.join(out, 'cc'))).toEqual(['course.imscc']);
    for (const d of outcome.diagnostics) expect(known, `no docs page for ${d.code}`).toContain(d.code);

    // No module can be named so that one of its files lands on a course file: for every course
    // file F and every module file name `<id><suffix>` of the same format, a module named F without
    // that suffix is refused by validation.
    for (const format of FORMAT_NAMES) {
      const names = await readdir(path.join(out, format));
      const suffixes = new Set(names.flatMap((n) => ids.filter((id) => n.startsWith(id)).map((id) => n.slice(id.length))));
      const courseFiles = names.filter((n) => !ids.some((id) => n.startsWith(id)));
      for (const file of courseFiles) {
        for (const suffix of suffixes) {
          if (!file.endsWith(suffix) || file === suffix) continue;
          const id = file.slice(0, -suffix.length);
          const build = await courseFromFiles({ [`${id}/06_revision.md`]: '# 06. Module 1 Review — Clash\n\n## Completion gate\n\n- [ ] Done.\n' });
          expect(build.diagnostics.map((d) => d.code), `a module named ${id} would write ${format}/${file}`).toContain('module-id-reserved');
        }
      }
    }
  });

  it('reports only documented codes on a module with every question kind and hostile text', async () => {
    const root = await writeContentFolder(EVERY_KIND_FILES);
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-all-'));
    dirs.push(root, out);
    const outcome = await runBuild({ root, outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test' } });
    expect(outcome.diagnostics.length).toBeGreaterThan(0);
    for (const d of outcome.diagnostics) expect(known, `no docs page for ${d.code}`).toContain(d.code);
  });
});
