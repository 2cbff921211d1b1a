import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { allRules } from '@coursepack/core';
import { EVERY_KIND_FILES, courseFromFiles, findSchemas, solidPng, validateXml, writeContentFolder } from '@coursepack/test-kit';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { FORMAT_NAMES, runBuild } from 'coursepack';
import { afterAll, describe, expect, it } from 'vitest';
import { exportRules } from '../src/report/export-rules.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const known = new Set([...allRules, ...exportRules].map((r) => r.code));
const schemas = findSchemas();

/** Every `href` of a `resource` or `file` in a manifest, however deep. */
function manifestHrefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(manifestHrefs);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === '@_href' && typeof value === 'string' ? [value] : manifestHrefs(value)));
}

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

  it('writes packages whose every manifest href is a URL reaching one of their files, for names a URL must encode', async () => {
    const review = (title: string) => `# 06. ${title}\n\n## Embedded checkpoint\n\n### Recall\n\n1. Which? ![Odd](img/a%20%23b%3F%26.png)\n   - [x] This\n   - [ ] That\n\n## Completion gate\n\n- [ ] Done.\n`;
    const root = await writeContentFolder({
      "m #1 & 'q'/06_revision.md": review('Module 1 Review — Hash'),
      "m #1 & 'q'/02_explainer.md": '# 02. Explainer\n\nOn to [the next](../m%2520two/06_revision.md). ![Odd](img/a%20%23b%3F%26.png)\n',
      "m #1 & 'q'/img/a #b?&.png": solidPng(4, 4),
      'm%20two/06_revision.md': review('Module 2 Review — Percent'),
      'm%20two/img/a #b?&.png': solidPng(6, 6),
      'mé/06_revision.md': review('Module 3 Review — Accent'),
      'mé/img/a #b?&.png': solidPng(8, 8),
      // Both are `__` as XML names: their identifiers once met in the course packages.
      '模型/06_revision.md': review('Module 4 Review — 模型'),
      '模型/img/a #b?&.png': solidPng(4, 4),
      '数据/06_revision.md': review('Module 5 Review — 数据'),
      '数据/img/a #b?&.png': solidPng(4, 4),
    });
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-all-'));
    dirs.push(root, out);
    const outcome = await runBuild({ root, outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test', scormCourse: true } });
    expect(outcome.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(outcome.modules).toMatchObject({ total: 5, built: 5 });
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    let packages = 0;
    for (const format of ['scorm12', 'scorm2004', 'qti12', 'qti21', 'qti30', 'cc']) {
      const names = (await readdir(path.join(out, format))).sort();
      for (const name of names) {
        const file = path.join(out, format, name);
        const zip = await JSZip.loadAsync(await readFile(file));
        const manifest = await zip.file('imsmanifest.xml')?.async('string');
        expect(manifest, `${format}/${name}`).toBeDefined();
        const hrefs = manifestHrefs(parser.parse(manifest ?? ''));
        expect(hrefs.length, `${format}/${name}`).toBeGreaterThan(0);
        // An importer reads an href as a URL: written as it is, `#` would cut it and `%20` become a space.
        for (const href of hrefs) {
          expect(href, `${format}/${name}`).not.toMatch(/[ #?]/);
          expect(zip.file(decodeURIComponent(href)), `${format}/${name}: ${href}`).not.toBeNull();
        }
        // Canvas's QTI 1.2 package follows no published profile; every other one has its schema.
        // One module's package per format (the one named with `#`), and the course packages.
        if (schemas && format !== 'qti12' && (name === names[0] || name.startsWith('course'))) {
          const run = validateXml(schemas, file, format === 'cc' ? 'cc11' : undefined);
          expect(run.ok, `${format}/${name}\n${run.output}`).toBe(true);
        }
        packages++;
      }
    }
    // Five modules in five formats, the SCORM course packages and the cartridge.
    expect(packages).toBe(5 * 5 + 2 + 1);
  });

  it('leaves no link in a question that carries no pages leading to a module file', async () => {
    // QTI packages, Moodle and GIFT imports and the cartridge's assessments hold no module page:
    // such a link opened an error page inside the LMS.
    const root = await writeContentFolder({
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nText.\n',
      'm1/05_hands_on_lab.md': '# 05. Lab\n\nRun it.\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Links\n\n## Embedded checkpoint\n\n### Practice\n\n1. Which? See [the lab](05_hands_on_lab.md) and [§1](02_explainer.md#sec-1).\n   - [x] This\n   - [ ] That\n\n## Completion gate\n\n- [ ] Done.\n',
    });
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-all-'));
    dirs.push(root, out);
    const outcome = await runBuild({ root, outDir: out, formats: ['qti12', 'qti21', 'qti30', 'moodle', 'gift', 'cc'], options: { toolVersion: 'test' } });
    expect(outcome.skipped).toEqual([]);
    let questions = 0;
    for (const format of ['qti12', 'qti21', 'qti30', 'moodle', 'gift', 'cc']) {
      for (const name of await readdir(path.join(out, format))) {
        const file = path.join(out, format, name);
        const texts = name.endsWith('.zip') || name.endsWith('.imscc') ? await Promise.all(Object.values((await JSZip.loadAsync(await readFile(file))).files).filter((f) => f.name.endsWith('.xml')).map((f) => f.async('string'))) : [await readFile(file, 'utf8')];
        for (const text of texts.filter((t) => t.includes('Which?'))) {
          questions++;
          expect(text, `${format}/${name}`).not.toMatch(/05_hands_on_lab\.md|02_explainer\.md#sec-1/);
          expect(text, `${format}/${name}`).toMatch(/the lab/);
        }
      }
    }
    // One per package and file, Moodle's course bank besides the module's.
    expect(questions).toBe(7);
  });
});

