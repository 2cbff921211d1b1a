import { beforeAll, describe, expect, test } from 'vitest';
import type { Module } from '@coursepack/core';
import { collectFiles } from '@coursepack/export-kit';
import { assetsOf, courseFromFiles, IMAGE_FILES } from '@coursepack/test-kit';
import { exportBooklet, pdfExporter, renderBooklet, renderKey, renderWorksheet, sheetData } from '../src/index.js';
import type { Run } from '../src/index.js';
import { documentData, imageFilesOf } from '../src/internal/document-data.js';
import { queryTypst } from '../src/internal/typst-compiler.js';
import { PRINT_IMAGE_FILES } from './fixtures.js';
import { expectInOrder, squash } from './order.js';
import { hasPoppler, pdfImages, pdfPages } from './poppler.js';

// Text column of A4 with the template's 22 mm side margins, in points.
const A4_COLUMN = 595.28 - 2 * (22 / 25.4) * 72;
const PT_PER_PX = 0.75;

let m: Module;
let plain: Module;
const assets = assetsOf(PRINT_IMAGE_FILES);
beforeAll(async () => {
  m = (await courseFromFiles(PRINT_IMAGE_FILES)).course.modules[0]!;
  plain = (await courseFromFiles(IMAGE_FILES)).course.modules[0]!;
});

/** Pixel size of one of a fixture's PNGs (from its header), as pdfimages lists it. */
function pngSize(path: string, all: ReadonlyMap<string, Uint8Array> = assets): string {
  const bytes = all.get(path)!;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}
const size = (path: string): string => pngSize(path);
const sizes = (pdf: Uint8Array): string[] => pdfImages(pdf).map((i) => `${i.width}x${i.height}`);

describe.skipIf(!hasPoppler())('images in the printouts', () => {
  test('the worksheet draws each image with bytes where the model shows it; the key also those of the feedback', () => {
    const printed = ['pics/img/curves.png', 'shared/stage one.png', 'pics/img/flow.png', 'pics/img/wide.png', 'pics/img/tall.png', 'pics/img/flourish.png'];
    expect(sizes(renderWorksheet(m, { assets }))).toEqual(printed.map(size));
    const key = renderKey(m, { assets });
    expect(sizes(key)).toEqual(['pics/img/curves.png', ...printed].map(size));
    // The prompt's and the feedback's image are one file: embedded once, drawn twice.
    const [prompt, feedback] = pdfImages(key);
    expect(prompt!.object).toBe(feedback!.object);
  });

  test('small images keep their size (one CSS pixel a quarter point less than a point); large ones fit the column and a third of the page', () => {
    const placed = pdfImages(renderWorksheet(m, { assets }));
    const widthPt = (i: (typeof placed)[number]) => (i.width / i.xPpi) * 72;
    const heightPt = (i: (typeof placed)[number]) => (i.height / i.yPpi) * 72;
    for (const small of placed.filter((i) => i.width <= 64)) expect([small.xPpi, small.yPpi]).toEqual([72 / PT_PER_PX, 72 / PT_PER_PX]);
    const wide = placed.find((i) => i.width === 2400)!;
    const tall = placed.find((i) => i.height === 2000)!;
    expect(widthPt(wide)).toBeLessThanOrEqual(A4_COLUMN);
    expect(widthPt(wide)).toBeGreaterThan(A4_COLUMN * 0.9);
    expect(heightPt(tall)).toBeLessThanOrEqual(256);
    // Scaled, never stretched.
    for (const i of placed) expect(Math.abs(i.xPpi - i.yPpi)).toBeLessThanOrEqual(1);
  });

  test('an image at an https address, without bytes, or that does not decode prints its alt text literally in its place', () => {
    for (const pdf of [renderWorksheet(m, { assets }), renderKey(m, { assets })]) {
      expectInOrder(pdfPages(pdf).join('\n'), [
        'I saw the remote one [image: remote picture].',
        'I missed [image: Not there #panic("alt") $x$].',
        'A wide one', 'and a tall one',
        'A broken one [image: Broken picture] and a text [image: Plain words].',
        'A decorative one .',
      ]);
    }
  });

  test('without the bytes, every image prints as its alt text and nothing is drawn', () => {
    const key = renderKey(plain);
    expect(pdfImages(key)).toEqual([]);
    expectInOrder(pdfPages(key).join('\n'), [
      'Which curve rises? [image: Two curves]', 'Right: it climbs. [image: The rising curve]',
      'Name the stage shown here. [image: A pipeline stage]', 'I can read the diagram [image: the diagram].',
    ]);
  });

  test('the exporter passes the bytes on, and two exports give identical bytes', async () => {
    const { course } = await courseFromFiles(IMAGE_FILES);
    const imageAssets = assetsOf(IMAGE_FILES);
    const run = async () => (await pdfExporter.exportModule!(plain, { course, documents: new Map(), assets: imageAssets }, { toolVersion: '0.0.0' })).files;
    const [once, twice] = [await run(), await run()];
    expect(once.map((f) => f.path)).toEqual(['pics-worksheet.pdf', 'pics-key.pdf']);
    expect(sizes(once[0]!.bytes)).toEqual(['pics/img/curves.png', 'shared/stage one.png', 'pics/img/flow.png'].map((p) => pngSize(p, imageAssets)));
    expect(pdfImages(once[1]!.bytes).length).toBe(4);
    // Whatever was typeset in between (another module's images, a printout without them).
    renderKey(m, { assets });
    renderWorksheet(plain);
    expect(twice.map((f) => Buffer.from(f.bytes).toString('base64'))).toEqual(once.map((f) => Buffer.from(f.bytes).toString('base64')));
    expect(Buffer.from((await run())[0]!.bytes).equals(Buffer.from(once[0]!.bytes))).toBe(true);
  });
});

test('the sheet data names images by the hash of their bytes, never by the author’s path, and keeps alt texts as plain strings', () => {
  const sheet = sheetData(m, 'key', assets);
  const gate = sheet.gate.flat().flatMap((b) => (b.type === 'par' ? b.runs : [])).filter((r): r is Extract<Run, { style: 'image' }> => r.style === 'image');
  expect(gate.map((r) => [r.text, r.file === null])).toEqual([
    ['the diagram', false], ['remote picture', true], ['Not there #panic("alt") $x$', true],
    ['A wide chart', false], ['A tall chart', false], ['Broken picture', false], ['Plain words', true], ['', false],
  ]);
  for (const r of gate) if (r.file !== null) expect(r.file).toMatch(/^\/assets\/[0-9a-f]{64}\.png$/);
  expect(squash(JSON.stringify(sheet))).not.toContain('pics/img');
  // The worksheet never carries the feedback, nor its image.
  expect(JSON.stringify(sheetData(m, 'worksheet', assets))).not.toContain('The rising curve');
});

describe.skipIf(!hasPoppler())('images in the course booklet', () => {
  test('the booklet, typeset in a child process, draws the images of every module and equals the in-process booklet', async () => {
    const course = { ...(await courseFromFiles(PRINT_IMAGE_FILES)).course };
    const result = await exportBooklet(course, { assets });
    const booklet = result.files[0]!.bytes;
    expect(sizes(booklet)).toEqual(sizes(renderWorksheet(m, { assets })));
    expect(Buffer.from(booklet).equals(Buffer.from(renderBooklet(course, course.modules, { assets })))).toBe(true);
    expect(squash(pdfPages(booklet).join('\n'))).toContain(squash('I missed [image: Not there #panic("alt") $x$].'));
  });

  test('each module’s part holds the image files its worksheet shows, and the booklet assembled from parts is byte-identical', async () => {
    const course = { ...(await courseFromFiles(PRINT_IMAGE_FILES)).course };
    const parts = await pdfExporter.exportModuleParts!(m, { course, documents: new Map(), assets }, { toolVersion: '0.0.0' });
    const images = parts.filter((p) => p.path !== 'worksheet.json');
    expect(images.map((p) => p.path)).toEqual(images.map(() => expect.stringMatching(/^assets\/[0-9a-f]{64}\.png$/)));
    // The bytes of the images drawn (the broken file too: it fails only when typeset), never of the feedback's alone.
    const drawn = ['pics/img/curves.png', 'shared/stage one.png', 'pics/img/flow.png', 'pics/img/wide.png', 'pics/img/tall.png', 'pics/img/broken.png', 'pics/img/flourish.png'];
    expect(images.map((p) => Buffer.from(p.bytes).toString('base64'))).toEqual(drawn.map((d) => Buffer.from(assets.get(d)!).toString('base64')));
    const assembled = await collectFiles(await pdfExporter.assembleCourse!(course, async (id, only) => (id === m.id ? parts.filter((p) => only === undefined || p.path === only) : []), { toolVersion: '0.0.0' }));
    const direct = await pdfExporter.exportCourse!({ course, documents: new Map(), assets }, { toolVersion: '0.0.0' });
    const bytesOf = (files: typeof assembled.files) => files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]);
    expect(bytesOf(assembled.files)).toEqual(bytesOf(direct.files));
    expect(pdfImages((direct.files[0] as { bytes: Uint8Array }).bytes).length).toBe(6);
  });
});

test('a question stays on one page with its images, however large, in worksheet and key on either paper', async () => {
  // Many copies of the pictured questions, so some fall near a page end.
  const review = String(IMAGE_FILES['pics/06_revision.md']);
  const checkpoint = review.slice(review.indexOf('1. Which curve'), review.indexOf('## Completion gate'));
  const tall = Array.from({ length: 4 }, (_, i) => `${i + 3}. Which is tall? ![A tall chart](img/tall.png) ![A wide chart](img/wide.png)\n\n   Answer: this\n\n`).join('');
  const files = { ...PRINT_IMAGE_FILES, 'pics/06_revision.md': review.replace(checkpoint, checkpoint + tall + checkpoint.replace('1. ', '7. ').replace('2. ', '8. ')) };
  const many = (await courseFromFiles(files)).course.modules[0]!;
  const shown = imageFilesOf([many], assetsOf(files));
  const questions = many.checkpoint.groups.flatMap((g) => g.questions).length;
  expect(questions).toBe(8);
  const spread = new Set<unknown>();
  for (const variant of ['worksheet', 'key'] as const) {
    for (const paper of ['a4', 'letter'] as const) {
      const data = documentData([many], variant, { paper }, null, true, assetsOf(files));
      const starts = queryTypst(data, 'question-start', shown);
      expect(starts.length).toBe(questions);
      expect(queryTypst(data, 'question-end', shown)).toEqual(starts);
      for (const s of starts) spread.add(s);
    }
  }
  expect(spread.size).toBeGreaterThan(2);
});
