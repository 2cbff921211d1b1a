import { exportableModules } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const review = (gate: string) => `# 06. Module 1 Review — Files\n\n## Completion gate\n\n- [ ] ${gate}\n`;
const NEXT = '# 06. Module 2 Review — Next\n\n## Completion gate\n\n- [ ] Done.\n';

describe('links to files of the content folder', () => {
  it('are looked for relative to their file, as a browser reads the path, and reported where they are written', async () => {
    const explainer = [
      '# 02. Explainer',
      '',
      '## 1. Basics',
      '',
      'Get [the slides](files/deck.html?v=2#page=3), [the flow](files/flow.svg) and [the data](files/data.csv).',
      '',
      'Also [the lab](../m2/), [the next review](../m2/06_revision.md) and [a site](https://example.org/a.pdf).',
      '',
    ].join('\n');
    const build = await courseFromFiles({
      'm1/02_explainer.md': explainer,
      'm1/06_revision.md': review('Done.'),
      'm1/files/deck.html': '<!doctype html><title>Deck</title>\n',
      'm1/files/flow.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
      'm2/06_revision.md': NEXT,
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.severity} ${d.place.file}:${d.place.line}:${d.place.column} ${d.module}`)).toEqual([
      'link-not-packaged warning m1/02_explainer.md:5:5 null',
      'link-not-packaged warning m1/02_explainer.md:5:47 null',
      'link-missing-file error m1/02_explainer.md:5:78 null',
    ]);
    expect(build.diagnostics.find((d) => d.code === 'link-missing-file')?.message).toBe('`files/data.csv` links to no file of the content folder (no `m1/files/data.csv`)');
    expect(build.diagnostics[0]?.message).toMatch(/^`files\/deck.html\?v=2#page=3` links to a file of type .html, which packages do not carry/);
    expect(build.diagnostics[1]?.message).toMatch(/^`files\/flow.svg` links to a file of type .svg, which packages do not carry/);
    // A missing file fails the command but keeps no module from export, as a missing image does.
    expect(exportableModules(build).map((m) => m.id)).toEqual(['m1', 'm2']);
    // Links to modules and markdown files are not files to package.
    expect(build.links.find((l) => l.moduleId === 'm1')?.files.map((f) => f.path)).toEqual(['m1/files/deck.html', 'm1/files/flow.svg', 'm1/files/data.csv']);
  });

  it('give a diagnostic, not a crash, for a `%` that starts no escape, and keep it as written', async () => {
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\nSee [half](files/50%.pdf), [a module](../m%zz/) and ![a chart](img/100%.png).\n',
      'm1/06_revision.md': review('Done.'),
      'm1/files/50%.pdf': '%PDF-1.4\n%%EOF\n',
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}:${d.place.column}`)).toEqual(['link-missing-module 5:28', 'image-missing 5:53']);
    expect(build.course.modules[0]?.downloads).toEqual([{ path: 'm1/files/50%.pdf', href: 'assets/m1/files/50%25.pdf' }]);
    expect(build.diagnostics.find((d) => d.code === 'link-missing-module')?.message).toBe('`../m%zz/` links to a module that does not exist (no module folder `m%zz` in the course)');
    expect(build.diagnostics.find((d) => d.code === 'image-missing')?.message).toBe('`img/100%.png` is not a file of the content folder (no `m1/img/100%.png`)');
  });

  it('climbing out of the content folder are refused, not looked for', async () => {
    const build = await courseFromFiles({ 'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\nSee [it](../../secret.pdf).\n', 'm1/06_revision.md': review('Done.') });
    expect(build.diagnostics.map((d) => `${d.code} ${d.module}`)).toEqual(['path-outside-root m1']);
  });

  it('to markdown pages that are not there are reported once, where they are written', async () => {
    const explainer = [
      '# 02. Explainer',
      '',
      '## 1. Basics',
      '',
      'Do [the lab](05_hands_on_lab.md), then [the next review](../m2/06_revision.md#completion-gate) and [its lab](../m2/05_hands_on_lab.md).',
      '',
      'See [the notes](../NOTES.md) and [the secret](../../secret.md).',
      '',
    ].join('\n');
    const build = await courseFromFiles({
      'm1/02_explainer.md': explainer,
      // A reference to a missing page is reported as such, not a second time as a link.
      'm1/06_revision.md': review('Read [the recall](04_daily_recall.md).'),
      'm2/06_revision.md': NEXT,
      'NOTES.md': '# Notes\n',
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line}:${d.place.column}`)).toEqual([
      'link-missing-file m1/02_explainer.md:5:4',
      'link-missing-file m1/02_explainer.md:5:100',
      // A page of the folder that is no module's is there, but no package carries it.
      'link-not-packaged m1/02_explainer.md:7:5',
      'path-outside-root m1/02_explainer.md:7:34',
      'reference-missing-file m1/06_revision.md:5:12',
    ]);
    expect(build.diagnostics[0]?.message).toBe('`05_hands_on_lab.md` links to no file of the content folder (no `m1/05_hands_on_lab.md`)');
  });
});
