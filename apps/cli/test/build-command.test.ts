import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FormatExporter } from '@coursepack/export-kit';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const encoder = new TextEncoder();

/** A review page with one question (so every format has a file for it), a completion gate, and `extra` lines after it. */
const review = (title: string, extra = '') => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Recall\n\n1. Pick one.\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n${extra}`;

function exporter(fail: boolean): FormatExporter {
  return {
    name: 'fake',
    description: 'test exporter',
    async exportModule(module) {
      if (fail && module.id === '04_ml_platform_operations') throw new Error('exporter broke');
      return { files: [{ path: `${module.id}.txt`, bytes: encoder.encode(`new ${module.title}`) }], diagnostics: [] };
    },
  };
}

describe('coursepack build writes atomically', () => {
  let out = '';
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'coursepack-out-'));
  });
  afterEach(() => rm(out, { recursive: true, force: true }));

  it('leaves the previous output intact when a build fails, with no temporary files behind', async () => {
    await mkdir(path.join(out, 'fake'));
    await writeFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'previous');
    const plan = { root: path.join(repo, 'content'), outDir: out, formats: ['fake'], options: { toolVersion: 'test' } };
    await expect(runBuild({ ...plan, resolveExporter: async () => exporter(true) })).rejects.toThrow('exporter broke');
    expect(await readdir(path.join(out, 'fake'))).toEqual(['00_realtime_voice_agents.txt']);
    expect(await readFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'utf8')).toBe('previous');

    // A scratch folder left by a build that was killed is cleared by the next whole build.
    await mkdir(path.join(out, '.coursepack-build-1-killed'));
    await writeFile(path.join(out, '.coursepack-build-1-killed', 'part'), 'left over');
    const outcome = await runBuild({ ...plan, resolveExporter: async () => exporter(false) });
    expect(outcome.written).toEqual({ fake: 3 });
    expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['00_realtime_voice_agents.txt', '01_question_types.txt', '04_ml_platform_operations.txt']);
    expect(await readFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'utf8')).toBe('new Module 18 Review — Realtime Voice Agents');
    // Without a cache the build keeps parts in a scratch folder of its own, gone when it ends.
    expect(await readdir(out)).toEqual(['.coursepack-outputs.json', 'fake']);
  });

  it('streams a course file as it is assembled, and keeps the previous one when the stream fails part-way', async () => {
    const streaming = (failAfter: number | null): FormatExporter => ({
      name: 'fake',
      description: 'test exporter with a streamed course file',
      exportModule: async (module) => ({ files: [{ path: `${module.id}.txt`, bytes: encoder.encode(module.title) }], diagnostics: [] }),
      assembleCourse: async (course, readParts) => ({
        files: [
          {
            path: 'course.txt',
            stream: async function* () {
              let n = 0;
              for (const m of course.modules) {
                if (failAfter !== null && n++ >= failAfter) throw new Error('stream broke');
                for (const part of await readParts(m.id)) yield part.bytes;
              }
            },
          },
        ],
        diagnostics: [],
      }),
    });
    const plan = { root: path.join(repo, 'content'), outDir: out, formats: ['fake'], options: { toolVersion: 'test' } };
    await runBuild({ ...plan, resolveExporter: async () => streaming(null) });
    const whole = await readFile(path.join(out, 'fake', 'course.txt'), 'utf8');
    expect(whole).toContain('Realtime Voice Agents');
    expect(whole).toContain('MLOps & Production');
    await expect(runBuild({ ...plan, resolveExporter: async () => streaming(1) })).rejects.toThrow('stream broke');
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe(whole);
    expect((await readdir(path.join(out, 'fake'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('removes outputs of modules no longer in the course, but keeps those of modules skipped for errors', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'coursepack-stale-'));
    try {
      for (const m of ['m1', 'm2', 'm10']) {
        await mkdir(path.join(content, m));
        await writeFile(path.join(content, m, '06_revision.md'), review(m));
      }
      const plan = { root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => exporter(false) };
      expect((await runBuild(plan)).written).toEqual({ fake: 3 });
      // Files somebody else keeps in the output folder, in a format's folder too.
      await writeFile(path.join(out, 'fake', 'notes.txt'), 'mine');
      await writeFile(path.join(out, 'fake', 'm3.txt'), 'mine too');

      await rm(path.join(content, 'm10'), { recursive: true });
      await writeFile(path.join(content, 'm2', '06_revision.md'), review('Two', '- not a checkbox\n'));
      const outcome = await runBuild(plan);
      expect(outcome.skipped.map((s) => s.module)).toEqual(['m2']);
      expect(outcome.removed).toEqual(['fake/m10.txt']);
      expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['m1.txt', 'm2.txt', 'm3.txt', 'notes.txt']);
      expect(await readFile(path.join(out, 'fake', 'm2.txt'), 'utf8')).toBe('new Module 1 Review — m2');
      expect(await readFile(path.join(out, 'fake', 'notes.txt'), 'utf8')).toBe('mine');

      // Fixed, m2 is built again; nothing coursepack did not write is ever removed.
      await writeFile(path.join(content, 'm2', '06_revision.md'), review('Two'));
      expect((await runBuild(plan)).removed).toEqual([]);
      expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['m1.txt', 'm2.txt', 'm3.txt', 'notes.txt']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('keeps a skipped module its own outputs only, not those of a deleted module whose id starts like it', async () => {
    const content = await writeContentFolder({ 'intro/06_revision.md': review('Intro'), 'intro-advanced/06_revision.md': review('Advanced'), 'wrap/06_revision.md': review('Wrap') });
    const ledgerFile = path.join(out, '.coursepack-outputs.json');
    try {
      const plan = { root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => exporter(false) };
      await runBuild(plan);
      expect(JSON.parse(await readFile(ledgerFile, 'utf8'))).toEqual({ files: { 'fake/intro-advanced.txt': 'intro-advanced', 'fake/intro.txt': 'intro', 'fake/wrap.txt': 'wrap' } });

      await rm(path.join(content, 'intro-advanced'), { recursive: true });
      await writeFile(path.join(content, 'intro', '06_revision.md'), review('Intro', '- not a checkbox\n'));
      const outcome = await runBuild(plan);
      expect(outcome.skipped.map((s) => s.module)).toEqual(['intro']);
      expect(outcome.removed).toEqual(['fake/intro-advanced.txt']);
      expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['intro.txt', 'wrap.txt']);
      expect(JSON.parse(await readFile(ledgerFile, 'utf8'))).toEqual({ files: { 'fake/intro.txt': 'intro', 'fake/wrap.txt': 'wrap' } });

      // The plain list an earlier version kept says no owner: a kept file is told by its name, and recorded with the module it fits best.
      await writeFile(path.join(out, 'fake', 'gone.txt'), 'stale');
      await writeFile(ledgerFile, JSON.stringify({ files: ['fake/gone.txt', 'fake/intro.txt', 'fake/wrap.txt'] }));
      const again = await runBuild(plan);
      expect(again.removed).toEqual(['fake/gone.txt']);
      expect(JSON.parse(await readFile(ledgerFile, 'utf8'))).toEqual({ files: { 'fake/intro.txt': 'intro', 'fake/wrap.txt': 'wrap' } });
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('removes nothing on the word of a ledger that names files outside the format folders', async () => {
    const content = await writeContentFolder({ 'm1/06_revision.md': review('One') });
    try {
      await writeFile(path.join(out, 'precious.txt'), 'keep');
      await mkdir(path.join(out, 'fake'));
      await writeFile(path.join(out, '.coursepack-outputs.json'), JSON.stringify({ files: ['precious.txt', 'fake/../precious.txt', '../outside.txt', 'fake'] }));
      const outcome = await runBuild({ root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => exporter(false) });
      expect(outcome.removed).toEqual([]);
      expect(await readFile(path.join(out, 'precious.txt'), 'utf8')).toBe('keep');
      expect(JSON.parse(await readFile(path.join(out, '.coursepack-outputs.json'), 'utf8'))).toEqual({ files: { 'fake/m1.txt': 'm1' } });
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('reports a module folder named like the course files instead of failing on two outputs of one path', async () => {
    const content = await writeContentFolder({ 'a/course/06_revision.md': review('Course'), 'b/intro/06_revision.md': review('Intro'), 'b/Intro/06_revision.md': review('Intro again') });
    try {
      const outcome = await runBuild({ root: content, outDir: out, formats: ['json', 'moodle'], options: { toolVersion: 'test' } });
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.place.file}`);
      expect(errors).toEqual(['module-id-reserved a/course/06_revision.md', 'module-duplicate-id b/intro/06_revision.md']);
      // The one module left is exported, and the course files are the course's, not a module's.
      expect((await readdir(path.join(out, 'json'))).sort()).toEqual(['Intro.json', 'course.json', 'course.schema.json']);
      expect((await readdir(path.join(out, 'moodle'))).sort()).toEqual(['Intro.moodle.xml', 'course.moodle.xml']);
      const course = JSON.parse(await readFile(path.join(out, 'json', 'course.json'), 'utf8')) as { modules: { id: string }[] };
      expect(course.modules.map((m) => m.id)).toEqual(['Intro']);
      // The modules ruled out by name are counted and named, though they never reach the skeleton.
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['course module-id-reserved', 'intro module-duplicate-id']);
      expect(outcome.modules).toMatchObject({ total: 3, selected: 3, built: 1 });
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('exports nothing of a module whose file the listing had to skip, nor of two modules sharing a folder name', async () => {
    const content = await writeContentFolder({
      'a/broken/06_revision.md': review('Broken'),
      'a/broken/02_explainer.md': { symlink: 'nowhere.md' },
      'a/twice/06_revision.md': review('Twice'),
      'b/twice/06_revision.md': review('Twice again'),
      'a/fine/06_revision.md': review('Fine'),
    });
    try {
      const outcome = await runBuild({ root: content, outDir: out, formats: ['json', 'moodle'], options: { toolVersion: 'test' } });
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['broken file-unreadable', 'twice module-duplicate-id']);
      expect(outcome.modules).toMatchObject({ total: 3, built: 1 });
      expect((await readdir(path.join(out, 'json'))).sort()).toEqual(['course.json', 'course.schema.json', 'fine.json']);
      expect((await readdir(path.join(out, 'moodle'))).sort()).toEqual(['course.moodle.xml', 'fine.moodle.xml']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('reports names with a backslash or a control character instead of packaging them, and prints them harmlessly', async () => {
    const content = await writeContentFolder({
      'a\\b/06_revision.md': review('Backslash'),
      'fine/06_revision.md': review('Fine', '\n![Chart](img/c%5Cd.png)\n'),
      'fine/img/c\\d.png': solidPng(4, 4),
      'fine/img/\u001b[2Jwipe.png': solidPng(4, 4),
    });
    try {
      // Zip tools read a backslash as a folder separator: the package would not hold the name as written.
      const outcome = await runBuild({ root: content, outDir: out, formats: ['scorm12', 'cc', 'qti21'], options: { toolVersion: 'test' } });
      expect(outcome.diagnostics.map((d) => `${d.code} ${d.place.file}`)).toEqual([
        'file-name-unportable a\\b',
        'image-missing fine/06_revision.md',
        'file-name-unportable fine/img/\u001b[2Jwipe.png',
        'file-name-unportable fine/img/c\\d.png',
      ]);
      expect(outcome.modules).toMatchObject({ total: 1, built: 1 });
      expect((await readdir(path.join(out, 'scorm12'))).sort()).toEqual(['fine.zip']);
      // On a terminal, the escape sequence in the file's name is shown, not obeyed.
      const { code, stdout } = await runCli(['validate', content]);
      expect(code).toBe(1);
      expect(stdout).toContain('fine/img/\\u001b[2Jwipe.png` was skipped: its name holds a control character, which XML cannot carry; rename it');
      expect(stdout).not.toContain('\u001b');
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('counts a module folder whose name is too long among the modules it did not export, in every shard', async () => {
    const long = 'x'.repeat(230);
    const content = await writeContentFolder({ 'fine/06_revision.md': review('Fine'), [`${long}/06_revision.md`]: review('Long') });
    try {
      const { code, stdout, stderr } = await runCli(['build', content, '--format', 'json', '--out', out, '--no-cache']);
      expect(code).toBe(1);
      expect(stdout).toContain('1 of 2 module(s) exported; 1 built, 0 from the cache');
      expect(stderr).toContain(`skipped ${long}: The module folder name`);
      expect((await readdir(path.join(out, 'json'))).sort()).toEqual(['course.json', 'course.schema.json', 'fine.json']);
      // The shards deal out every module, the one ruled out by name included, once.
      const shards = await Promise.all([1, 2].map((index) => runBuild({ root: content, outDir: path.join(out, `shard-${index}`), formats: ['json'], shard: { index, count: 2 }, options: { toolVersion: 'test' } })));
      expect(shards.map((o) => o.modules.selected)).toEqual([1, 1]);
      expect(shards.flatMap((o) => o.skipped.map((s) => s.module))).toEqual([long]);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('does not typeset an image whose header declares more pixels than the limit, and exports the other modules', async () => {
    // Decoding it would take 14 GB: the typesetter would abort the build without a word.
    const bomb = Uint8Array.from(solidPng(4, 4));
    new DataView(bomb.buffer).setUint32(16, 60000);
    new DataView(bomb.buffer).setUint32(20, 60000);
    const content = await writeContentFolder({ 'fine/06_revision.md': review('Fine'), 'huge/06_revision.md': review('Huge', '\n![Huge](huge.png)\n'), 'huge/huge.png': bomb });
    try {
      const outcome = await runBuild({ root: content, outDir: out, formats: ['pdf', 'scorm12'], options: { toolVersion: 'test' } });
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['huge image-too-many-pixels']);
      expect((await readdir(path.join(out, 'pdf'))).sort()).toEqual(['course.pdf', 'fine-key.pdf', 'fine-worksheet.pdf']);
      expect(await readdir(path.join(out, 'scorm12'))).toEqual(['fine.zip']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('says what is wrong with an output folder it cannot write to, without calling it a bug', async () => {
    const file = path.join(out, 'not-a-folder');
    await writeFile(file, 'x');
    const asFile = await runCli(['build', path.join(repo, 'content'), '--format', 'json', '--out', file, '--no-cache']);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toBe(`coursepack build: --out \`${file}\` is a file; give a folder\n`);
    // Found only when writing: a folder below a file.
    const below = await runCli(['build', path.join(repo, 'content'), '--format', 'json', '--out', path.join(file, 'dist'), '--no-cache']);
    expect(below.code).toBe(2);
    expect(below.stderr).toMatch(/^coursepack build: could not write the outputs \(ENOTDIR: not a directory, .*\); the previous outputs were left as they were\n$/);
    expect(await readFile(file, 'utf8')).toBe('x');
  });

  it('builds a course kept in a folder named `course` that is itself the one module, beside the course files', async () => {
    const parent = await writeContentFolder({ 'course/06_revision.md': review('Course') });
    try {
      const outcome = await runBuild({ root: path.join(parent, 'course'), outDir: out, formats: ['json', 'moodle'], options: { toolVersion: 'test' } });
      expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect((await readdir(path.join(out, 'json'))).sort()).toEqual(['course-module.json', 'course.json', 'course.schema.json']);
      expect((await readdir(path.join(out, 'moodle'))).sort()).toEqual(['course-module.moodle.xml', 'course.moodle.xml']);
      const course = JSON.parse(await readFile(path.join(out, 'json', 'course.json'), 'utf8')) as { modules: { id: string }[] };
      expect(course.modules.map((m) => m.id)).toEqual(['course-module']);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});
