import { checkSchema, exportableModules, imagePixels, renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles, solidPng } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const PNG = solidPng(4, 4);
const review = '# 06. Module 1 Review — Images\n\n## Completion gate\n\n- [ ] Done.\n';

describe('images shown from the content folder', () => {
  it('are looked for relative to their file, by path as a browser reads it, and reported where they are written', async () => {
    const explainer = [
      '# 02. Explainer',
      '',
      '![Flow](img/flow.png) ![Spaced](img/my%20diagram.png?v=2#top) ![Shared](../shared/logo.svg)',
      '',
      '![By reference][chart] ![Remote](https://example.org/a.png) ![Inline](data:image/png;base64,AAAA)',
      '',
      '![Typo](img/flwo.png) ![Up](../../../etc/passwd) ![Rooted](/img/flow.png)',
      '',
      '[chart]: img/chart.png',
      '',
    ].join('\n');
    const build = await courseFromFiles({
      'm1/02_explainer.md': explainer,
      'm1/06_revision.md': review,
      'm1/img/flow.png': PNG,
      'm1/img/my diagram.png': PNG,
      'm1/img/chart.png': PNG,
      'shared/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}:${d.place.column} ${d.module}`)).toEqual([
      'image-missing 7:1 null',
      'path-outside-root 7:23 m1',
      'path-outside-root 7:50 m1',
    ]);
    const missing = build.diagnostics.find((d) => d.code === 'image-missing');
    expect(missing?.message).toBe('`img/flwo.png` is not a file of the content folder (no `m1/img/flwo.png`)');
    // A path outside the folder keeps its module from export; an image that is only missing does not.
    expect(build.links.find((l) => l.moduleId === 'm1')?.images.map((i) => i.path)).toEqual(['m1/img/flow.png', 'm1/img/my diagram.png', 'shared/logo.svg', 'm1/img/chart.png', 'm1/img/flwo.png']);
  });

  it('become the module\'s assets, each once, and every page and rich text shows them from where exporters package them', async () => {
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n![Flow](img/flow.png) ![Again](./img/flow.png) ![Spaced](img/my%20diagram.png)\n\n![Chart][chart] and [the chart itself][chart].\n\n[chart]: img/chart.png "The chart"\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Images\n\n## Embedded checkpoint\n\n### Recall\n\n1. Which curve? ![Curves](../shared/curves.svg)\n   - [x] The first\n   - [ ] The second\n\n## Completion gate\n\n- [ ] Done.\n',
      'm1/img/flow.png': PNG,
      'm1/img/my diagram.png': PNG,
      'm1/img/chart.png': PNG,
      'shared/curves.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const [module] = build.course.modules;
    expect(module?.assets).toEqual([
      { path: 'm1/img/flow.png', href: 'assets/m1/img/flow.png' },
      { path: 'm1/img/my diagram.png', href: 'assets/m1/img/my%20diagram.png' },
      { path: 'm1/img/chart.png', href: 'assets/m1/img/chart.png' },
      { path: 'shared/curves.svg', href: 'assets/shared/curves.svg' },
    ]);
    const doc = build.documents.get('m1/02_explainer.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<img src="assets/m1/img/flow.png" alt="Flow"> <img src="assets/m1/img/flow.png" alt="Again"> <img src="assets/m1/img/my%20diagram.png" alt="Spaced">');
    // A reference becomes an image of its own; a link through the same definition becomes a link
    // of its own, to the image where packages carry it (no second copy as a download).
    expect(html).toContain('<img src="assets/m1/img/chart.png" alt="Chart" title="The chart"> and <a href="assets/m1/img/chart.png" title="The chart">the chart itself</a>');
    expect(module?.downloads).toEqual([]);
    expect(module?.checkpoint.groups[0]?.questions[0]?.prompt.html).toContain('<img src="assets/shared/curves.svg" alt="Curves">');
  });

  it('stay inside the content folder in the model: the schema refuses an asset path or href that would leave it', async () => {
    // Odd names an author may well use are assets like any other, and the model holding them is valid.
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n![A](img/..dots..png) ![B](img/.hidden.png) ![C](img/a%3Ab%20c.png)\n',
      'm1/06_revision.md': review,
      'm1/img/..dots..png': PNG,
      'm1/img/.hidden.png': PNG,
      'm1/img/a:b c.png': PNG,
    });
    const [module] = build.course.modules;
    expect(module?.assets.map((a) => a.path)).toEqual(['m1/img/..dots..png', 'm1/img/.hidden.png', 'm1/img/a:b c.png']);
    expect(checkSchema(build.course)).toEqual([]);
    // A model made by hand (a library caller, another tool) is checked before any exporter trusts it.
    const withAsset = (asset: { path: string; href: string }) => ({ ...build.course, modules: build.course.modules.map((m) => ({ ...m, assets: [asset] })) });
    for (const path of ['../outside.png', 'm1/../../outside.png', '/etc/passwd', 'm1//a.png', 'm1/./a.png', 'm1\\a.png', 'm1/']) {
      expect(checkSchema(withAsset({ path, href: 'assets/m1/a.png' })).map((p) => p.message), path).toEqual([expect.stringMatching(/^The path \(.*\) must match /)]);
    }
    expect(checkSchema(withAsset({ path: 'm1/a.png', href: 'assets/../../a.png' })).map((p) => p.message)).toEqual([expect.stringMatching(/^The href \(.*\) must match /)]);
  });

  it('must be an image every export shows, told by its bytes, and an SVG must hold nothing that runs or loads anything', async () => {
    const svg = (inside: string, attributes = '') => `<?xml version="1.0"?>\n<!-- drawn by hand -->\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attributes}>${inside}</svg>\n`;
    const safe: Record<string, string | Uint8Array> = {
      'ok/a.png': PNG,
      'ok/b.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]),
      'ok/c.gif': new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000'),
      'ok/d.webp': new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '),
      'ok/e.svg': svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="9" height="9"/><use xlink:href="#g"/><a href="#top"><text>on = off</text></a>'),
    };
    const unsafe: Record<string, [string | Uint8Array, string]> = {
      'bad/page.png': ['<html><script>alert(1)</script></html>', 'it is not a PNG, JPEG, GIF, WebP or SVG image'],
      'bad/script.svg': [svg('<script>alert(1)</script>'), 'the SVG holds a <script> element'],
      'bad/handler.svg': [svg('<rect width="9" height="9"/>', ' onload="alert(1)"'), 'the SVG holds an event handler attribute (on…=)'],
      'bad/html.svg': [svg('<foreignObject><div>hi</div></foreignObject>'), 'the SVG holds a <foreignObject> element (HTML inside the SVG)'],
      'bad/remote.svg': [svg('<image href="https://tracker.example/p.png"/>'), 'the SVG holds a link or reference to something outside the SVG (only #fragments are allowed)'],
      'bad/style.svg': [svg('<style>rect { fill: url(https://tracker.example/p) }</style>'), 'the SVG holds a url() to something outside the SVG'],
    };
    const images = [...Object.keys(safe), ...Object.keys(unsafe)].map((p) => `![${p}](../${p})`).join('\n\n');
    const files = { 'm1/02_explainer.md': `# 02. Explainer\n\n${images}\n`, 'm1/06_revision.md': review, ...safe, ...Object.fromEntries(Object.entries(unsafe).map(([p, [bytes]]) => [p, bytes])) };
    const build = await courseFromFiles(files);
    expect(build.diagnostics.map((d) => `${d.code} ${d.severity} ${d.module} ${d.message}`)).toEqual(
      Object.entries(unsafe).map(([p, [, why]]) => `image-unsupported error m1 \`../${p}\` cannot be packaged: ${why}`),
    );
    expect(exportableModules(build)).toEqual([]);
  });

  it('declare their pixel size in a header, read without decoding the pixels', () => {
    const hex = (h: string) => new Uint8Array(h.match(/../g)?.map((b) => parseInt(b, 16)) ?? []);
    // The first 30 bytes of files a browser encoded from a 123 × 45 canvas, and the JPEG's first segments.
    const webp = {
      lossy: hex('52494646520000005745425056503820500000009004009d012a7b002d00'),
      lossless: hex('5249464620000000574542505650384c0f0000002f7a000b000710fd8ffe'),
      extended: hex('524946463e02000057454250565038580a000000200000007a00002c0000'),
    };
    const jpeg = hex('ffd8ffe000104a46494600010100000100010000ffdb00040000ffc0001108002d007b03012200021101031101');
    const gif = new TextEncoder().encode('GIF89a\u007b\u0000\u002d\u0000');
    const sizes = [solidPng(123, 45), jpeg, gif, webp.lossy, webp.lossless, webp.extended].map((bytes) => imagePixels(bytes));
    expect(sizes).toEqual(Array.from({ length: 6 }, () => ({ width: 123, height: 45 })));
    // An SVG has no pixels; a header cut short or naming no size gives none.
    expect([new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="9000" height="9000"/>'), PNG.subarray(0, 20), hex('ffd8ffe00010'), webp.lossy.subarray(0, 26)].map((b) => imagePixels(b))).toEqual([null, null, null, null]);
  });

  it('may declare only so many pixels, which a few bytes can make billions of, unless the configuration allows more', async () => {
    // A valid PNG header whose IHDR claims 60000 × 60000: 14 GB to decode, in a few hundred bytes.
    const bomb = Uint8Array.from(solidPng(4, 4));
    new DataView(bomb.buffer).setUint32(16, 60000);
    new DataView(bomb.buffer).setUint32(20, 60000);
    const files = { 'm1/02_explainer.md': '# 02. Explainer\n\n![Huge](img/huge.png) ![Fine](img/fine.png)\n', 'm1/06_revision.md': review, 'm1/img/huge.png': bomb, 'm1/img/fine.png': solidPng(640, 480) };
    const build = await courseFromFiles(files);
    expect(build.diagnostics.map((d) => `${d.code} ${d.severity} ${d.place.line}:${d.place.column} ${d.message}`)).toEqual([
      'image-too-many-pixels error 3:1 `img/huge.png` is 60000 × 60000 pixels (3600 megapixels), over the limit of 50 megapixels (`maxImagePixels`), so it is not packaged',
    ]);
    expect(exportableModules(build)).toEqual([]);
    const allowed = await courseFromFiles({ ...files, 'coursepack.config.json': '{ "maxImagePixels": 4000000000 }' });
    expect(allowed.diagnostics).toEqual([]);
    const tight = await courseFromFiles({ ...files, 'm1/img/huge.png': solidPng(4, 4), 'coursepack.config.json': '{ "maxImagePixels": 300000 }' });
    expect(tight.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['image-too-many-pixels `img/fine.png` is 640 × 480 pixels (0.3 megapixels), over the limit of 0.3 megapixels (`maxImagePixels`), so it is not packaged']);
    const invalid = await courseFromFiles({ ...files, 'm1/img/huge.png': solidPng(4, 4), 'coursepack.config.json': '{ "maxImagePixels": 1.5 }' });
    expect(invalid.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['config-invalid `maxImagePixels` must be a positive whole number of pixels (at `/maxImagePixels`)']);
  });
});

