import { readFileSync } from 'node:fs';
import { DOWNLOAD_EXTENSIONS, exportableModules, isDownloadType, renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = [
  '# 06. Module 1 Review — Files',
  '',
  '## Review loop',
  '',
  '1. Open [the slides](files/deck.pdf#page=3) again.',
  '',
  '## Embedded checkpoint',
  '',
  '### Applied',
  '',
  '1. Load [the data][data] and say what week 2 covers.',
  '   > Week 2 covers gates.',
  '',
  '[data]: files/weeks.csv "The weeks"',
  '',
  '## Completion gate',
  '',
  '- [ ] Done.',
  '',
].join('\n');

const EXPLAINER = '# 02. Explainer\n\n## 1. Basics\n\nSlides: [deck](./files/deck.pdf), [again](files/../files/deck.pdf), [notebook](code/My%20Lab.ipynb) and [a page](files/page.html).\n';

describe('files a module links to (downloads)', () => {
  it('are carried once each, and every link to one, by reference too, leads where exporters put it', async () => {
    const build = await courseFromFiles({
      'm1/02_explainer.md': EXPLAINER,
      'm1/06_revision.md': REVIEW,
      'm1/files/deck.pdf': '%PDF-1.4\n%%EOF\n',
      'm1/files/weeks.csv': 'week,topic\n1,registries\n2,gates\n',
      'm1/files/page.html': '<!doctype html><title>Page</title>\n',
      'm1/code/My Lab.ipynb': '{"cells": []}\n',
    });
    const [module] = build.course.modules;
    expect(module?.downloads).toEqual([
      { path: 'm1/files/deck.pdf', href: 'assets/m1/files/deck.pdf' },
      { path: 'm1/code/My Lab.ipynb', href: 'assets/m1/code/My%20Lab.ipynb' },
      { path: 'm1/files/weeks.csv', href: 'assets/m1/files/weeks.csv' },
    ]);
    const doc = build.documents.get('m1/02_explainer.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<a href="assets/m1/files/deck.pdf">deck</a>, <a href="assets/m1/files/deck.pdf">again</a>, <a href="assets/m1/code/My%20Lab.ipynb">notebook</a>');
    // A page is not carried: its link stays as written, and the author is told.
    expect(html).toContain('<a href="files/page.html">a page</a>');
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line}:${d.place.column}`)).toEqual(['link-not-packaged m1/02_explainer.md:5:105']);
    // The review's model HTML: a fragment is kept, and a reference-style link becomes a link of its own.
    expect(module?.reviewLoop[0]?.text.html).toContain('<a href="assets/m1/files/deck.pdf#page=3">the slides</a>');
    expect(module?.checkpoint.groups[0]?.questions[0]?.prompt.html).toContain('<a href="assets/m1/files/weeks.csv" title="The weeks">the data</a>');
  });

  it('include an image the module shows, linked to enlarge it, whatever its type', async () => {
    // An SVG is no download type, but one shown as an image has passed the image checks.
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\n[![The flow](img/flow.svg)](img/flow.svg) and [the other](img/other.svg).\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Files\n\n## Completion gate\n\n- [ ] Done.\n',
      'm1/img/flow.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n',
      'm1/img/other.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>\n',
    });
    const [module] = build.course.modules;
    expect(module?.downloads).toEqual([]);
    const doc = build.documents.get('m1/02_explainer.md');
    expect(doc ? renderDocumentHtml(doc) : '').toContain('<a href="assets/m1/img/flow.svg"><img src="assets/m1/img/flow.svg" alt="The flow"></a> and <a href="img/other.svg">the other</a>');
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}:${d.place.column}`)).toEqual(['link-not-packaged 5:47']);
  });

  it('over `maxDownloadSize` are reported where first linked, not read, and keep their module from export', async () => {
    const build = await courseFromFiles({
      'coursepack.config.json': '{ "maxDownloadSize": 100, "maxImageSize": 1000 }',
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\nGet [the data](files/weeks.csv), [it again](files/weeks.csv) and [the picture](img/big.png).\n\n![The picture](img/big.png)\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Files\n\n## Completion gate\n\n- [ ] Done.\n',
      'm1/files/weeks.csv': `week,topic\n${'1,registries\n'.repeat(20)}`,
      // Shown as an image too: the image's limit is the one that counts.
      'm1/img/big.png': new Uint8Array(500),
    });
    const found = build.diagnostics.filter((d) => d.code === 'download-too-large');
    expect(found.map((d) => `${d.severity} ${d.place.file}:${d.place.line}:${d.place.column} ${d.module}`)).toEqual(['error m1/02_explainer.md:5:5 m1']);
    expect(found[0]?.message).toBe('`files/weeks.csv` links to a file of 271 bytes, over the limit of 100 (`maxDownloadSize`), so it is not packaged');
    expect(exportableModules(build)).toEqual([]);
  });

  it('are told from their extension, pages and scripts refused whatever their case', () => {
    for (const path of ['a/deck.PDF', 'a/data.csv', 'a/lab.ipynb', 'a/src.tar.gz', 'a/clip.webm', 'a/photo.JPG']) expect(isDownloadType(path), path).toBe(true);
    for (const path of ['a/page.html', 'a/page.HTM', 'a/draw.svg', 'a/feed.xml', 'a/run.exe', 'a/Makefile', 'a/.env', 'a/x.xhtml']) expect(isDownloadType(path), path).toBe(false);
  });

  it('are the types the authoring guide lists, no more and no fewer', () => {
    const guide = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
    const table = guide.slice(guide.indexOf('| Kind | Extensions |'), guide.indexOf('Packages are served from'));
    const listed = [...table.matchAll(/`([a-z0-9]+)`/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...DOWNLOAD_EXTENSIONS].sort());
  });
});
