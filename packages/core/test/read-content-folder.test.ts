import { mkdtemp, rm, stat, symlink, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCourse, exportableModules, listContentFolder, loadCourse, moduleBuilder, readContentFolder } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Basics\n\n## Completion gate\n\n- [ ] Done.\n';

describe('reading a content folder', () => {
  it('accepts a BOM, CRLF line ends and front matter with positions as written', async () => {
    const text = `\uFEFF---\r\ntitle: x\r\n---\r\n${REVIEW.replace(/\n/g, '\r\n')}- [ ] Also [bad](../nowhere/).\r\n`;
    const build = await courseFromFiles({ 'm1/06_revision.md': text });
    expect(build.course.modules[0]?.title).toBe('Module 1 Review — Basics');
    expect(build.course.modules[0]?.gate.map((g) => g.text.text)).toEqual(['Done.', 'Also bad.']);
    expect(build.diagnostics.map((d) => [d.code, d.place.line, d.place.column])).toEqual([['link-missing-module', 9, 12]]);
  });

  it('gives the same model, places included, whatever the line endings (LF, CRLF, CR)', async () => {
    const source = await readContentFolder('content');
    const modelWith = (ending: string) => {
      const files = source.files.map((f) => (f.bytes ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replace(/\n/g, ending)) } : f));
      return JSON.stringify(buildCourse({ ...source, files }).course);
    };
    const lf = modelWith('\n');
    expect(lf).toContain('"place":{"file":"00_course_tour/01_question_types/06_revision.md","line":');
    // A prompt over two lines once kept the \r of a Windows file in its markdown, text and HTML.
    expect(lf).toContain('§2.2.\\n');
    // Compared as objects, so a failure shows only the values that differ.
    expect(JSON.parse(modelWith('\r\n'))).toEqual(JSON.parse(lf));
    expect(JSON.parse(modelWith('\r'))).toEqual(JSON.parse(lf));
  });

  it('reports a file nested too deeply to walk where it passes the limit, and keeps only its module out', async () => {
    const nested = (levels: number) => `# 03. Study\n\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;
    const build = await courseFromFiles({
      // Thousands of quotes in quotes, enough to overflow the parser's own tree walk: the parse
      // stops at the 101st.
      'm1/06_revision.md': REVIEW,
      'm1/02_explainer.md': `# 02. Explainer\n\n${'>'.repeat(10_000)} deep\n`,
      // A list in a list sixty times is past the limit (two nodes a level), at its 51st item.
      'm2/06_revision.md': REVIEW,
      'm2/03_study_material.md': nested(60),
      // Forty levels are read.
      'm3/06_revision.md': REVIEW,
      'm3/03_study_material.md': nested(40),
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line}:${d.place.column} ${d.module}`)).toEqual([
      'markdown-too-deep m1/02_explainer.md:3:101 m1',
      'markdown-too-deep m2/03_study_material.md:53:101 m2',
    ]);
    expect(exportableModules(build).map((m) => m.id)).toEqual(['m3']);
  });

  it('finds modules at any depth and reports a symlink out of the root without following it', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'coursepack-outside-'));
    const root = await mkdtemp(path.join(tmpdir(), 'coursepack-root-'));
    try {
      await writeFile(path.join(outside, '02_explainer.md'), '# secret\n');
      await mkdir(path.join(root, 'track/deep/m1'), { recursive: true });
      await writeFile(path.join(root, 'track/deep/m1/06_revision.md'), REVIEW);
      await symlink(path.join(outside, '02_explainer.md'), path.join(root, 'track/deep/m1/02_explainer.md'));
      await symlink(outside, path.join(root, 'track/escape'));
      const build = await loadCourse(root);
      expect(build.course.modules.map((m) => [m.id, m.path, m.files.map((f) => f.name)])).toEqual([['m1', 'track/deep/m1', ['06_revision.md']]]);
      expect(build.diagnostics.map((d) => [d.code, d.place.file])).toEqual([
        ['path-outside-root', 'track/deep/m1/02_explainer.md'],
        ['path-outside-root', 'track/escape'],
      ]);
      expect([...build.documents.values()].some((d) => d.text.includes('secret'))).toBe(false);
    } finally {
      await rm(outside, { recursive: true, force: true });
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reports invalid UTF-8 once with its line, and never decodes it into mojibake', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('# 02. Explainer\n\nline two\nna'), 0xef, 0xbf, 0x0a]);
    const build = await courseFromFiles({ 'm1/06_revision.md': REVIEW, 'm1/02_explainer.md': bytes });
    const d = build.diagnostics.filter((x) => x.code === 'encoding-invalid-utf8');
    expect(d.map((x) => [x.place.line, x.place.column])).toEqual([[4, 3]]);
    expect(build.documents.has('m1/02_explainer.md')).toBe(false);
  });

  it('lists a folder without reading it, then reads the files asked for, in the order asked', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'coursepack-list-'));
    try {
      await writeFile(path.join(root, 'coursepack.config.json'), '{ "maxFileSize": 100 }');
      await mkdir(path.join(root, 'm1'));
      await writeFile(path.join(root, 'm1/06_revision.md'), REVIEW);
      await writeFile(path.join(root, 'm1/02_explainer.md'), '# 02. Explainer\n');
      await writeFile(path.join(root, 'm1/03_study_material.md'), 'x'.repeat(500));
      const folder = await listContentFolder(root);
      expect(folder.source.files).toEqual([
        { path: 'm1/02_explainer.md', bytes: null, size: 0, issue: 'not-loaded' },
        { path: 'm1/03_study_material.md', bytes: null, size: 0, issue: 'not-loaded' },
        { path: 'm1/06_revision.md', bytes: null, size: 0, issue: 'not-loaded' },
      ]);
      // Read when asked, not when listed: the file's bytes as they are then.
      await writeFile(path.join(root, 'm1/02_explainer.md'), '# 02. Explainer, edited\n');
      const read = await folder.read(['m1/06_revision.md', 'm1/03_study_material.md', 'm1/02_explainer.md']);
      expect(read.map((f) => [f.path, f.bytes && new TextDecoder().decode(f.bytes), f.size, f.issue])).toEqual([
        ['m1/06_revision.md', REVIEW, Buffer.byteLength(REVIEW), null],
        ['m1/03_study_material.md', null, 500, 'too-large'],
        ['m1/02_explainer.md', '# 02. Explainer, edited\n', 24, null],
      ]);
      await expect(folder.read(['m1/../../etc/passwd'])).rejects.toThrow(/not a listed file/);
      // A file removed after the listing is reported against its module, not thrown.
      await rm(path.join(root, 'm1/02_explainer.md'));
      const [gone] = await folder.read(['m1/02_explainer.md']);
      expect(gone).toEqual({ path: 'm1/02_explainer.md', bytes: null, size: 0, issue: 'unreadable' });
      const build = moduleBuilder(folder.source)('m1', await folder.read(['m1/02_explainer.md', 'm1/06_revision.md']));
      expect(build.diagnostics.map((d) => [d.code, d.severity, d.place.file, d.module])).toEqual([['file-unreadable', 'error', 'm1/02_explainer.md', 'm1']]);
      await writeFile(path.join(root, 'm1/02_explainer.md'), '# 02. Explainer\n');
      expect((await readContentFolder(root)).files).toEqual(await folder.read(folder.source.files.map((f) => f.path)));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('stamps listed files with their size and modification time without reading them', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'coursepack-stamp-'));
    try {
      await mkdir(path.join(root, 'm1'));
      await writeFile(path.join(root, 'm1/06_revision.md'), REVIEW);
      await writeFile(path.join(root, 'm1/02_explainer.md'), 'x'.repeat(5000));
      await utimes(path.join(root, 'm1/02_explainer.md'), 1_700_000_000, 1_700_000_000);
      const folder = await listContentFolder(root, { maxFileSize: 100 });
      // In the order asked; a file over the size limit is stamped all the same.
      expect(await folder.stamp(['m1/06_revision.md', 'm1/02_explainer.md'])).toEqual([
        { size: Buffer.byteLength(REVIEW), mtimeMs: (await stat(path.join(root, 'm1/06_revision.md'))).mtimeMs },
        { size: 5000, mtimeMs: 1_700_000_000_000 },
      ]);
      await rm(path.join(root, 'm1/02_explainer.md'));
      expect(await folder.stamp(['m1/02_explainer.md'])).toEqual([null]);
      await expect(folder.stamp(['m1/../../etc/passwd'])).rejects.toThrow(/not a listed file/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('does not read a file over the size limit', async () => {
    const build = await courseFromFiles({ 'coursepack.config.json': '{ "maxFileSize": 1000 }', 'm1/06_revision.md': REVIEW, 'm1/02_explainer.md': 'x'.repeat(5000) });
    expect(build.diagnostics.map((d) => d.code)).toEqual(['file-too-large']);
    expect(build.documents.has('m1/02_explainer.md')).toBe(false);
  });

  it('lets the configuration rename roles, sections and abbreviations', async () => {
    const build = await courseFromFiles({
      'coursepack.config.json': JSON.stringify({ roles: { explainer: ['reading'] }, sections: { gate: ['done when'] }, abbreviations: { reading: 'explainer' } }),
      'm1/02_reading.md': '# 02. Reading\n\n## 1. Intro\n\n### 1.1 Start\n\nText.\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Basics\n\n## Done when\n\n- [ ] I can explain reading §1.1.\n',
    });
    expect(build.diagnostics).toEqual([]);
    const m = build.course.modules[0];
    expect(m?.gate[0]?.references.map((r) => [r.file, r.sections.map((s) => s.resolved)])).toEqual([['02_reading.md', [['1.1']]]]);
  });
});
