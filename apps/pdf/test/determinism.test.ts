import { beforeAll, describe, expect, test } from 'vitest';
import type { CourseBuild } from '@coursepack/core';
import { renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { bundledCourse, injectionCourse } from './fixtures.js';
import { hasPoppler, pdfFonts, pdfInfo } from './poppler.js';

let build: CourseBuild;
beforeAll(async () => {
  build = await bundledCourse();
});

test('two builds give identical bytes, whatever was typeset in between', async () => {
  const [first] = build.course.modules;
  if (!first) throw new Error('no bundled module');
  const once = renderWorksheet(first);
  renderKey(first);
  renderWorksheet((await injectionCourse()).course.modules[0] ?? first, { paper: 'letter' });
  expect(Buffer.from(renderWorksheet(first)).equals(Buffer.from(once))).toBe(true);
  expect(Buffer.from(renderBooklet(build.course)).equals(Buffer.from(renderBooklet(build.course)))).toBe(true);
});

describe.skipIf(!hasPoppler())('document properties', () => {
  test('worksheets, keys and the booklet are tagged PDF/UA-1 documents with a title', () => {
    for (const pdf of [renderWorksheet(build.course.modules[0]!), renderKey(build.course.modules[0]!), renderBooklet(build.course)]) {
      const text = Buffer.from(pdf).toString('latin1');
      expect(text).toContain('/StructTreeRoot');
      expect(text).toMatch(/\/MarkInfo\s*<<\s*\/Marked true/);
      expect(text).toContain('<pdfuaid:part>1</pdfuaid:part>');
      expect(pdfInfo(pdf)['Tagged']).toBe('yes');
      expect(pdfInfo(pdf)['Title']).not.toBe('');
    }
  });

  test('only the fonts shipped through npm are embedded', () => {
    const fonts = new Set(build.course.modules.flatMap((m) => [...pdfFonts(renderWorksheet(m)), ...pdfFonts(renderKey(m))]));
    expect(fonts.size).toBeGreaterThan(2);
    for (const font of fonts) expect(font).toMatch(/^(SourceSerif4|SourceSans3|SourceCodePro)-/);
  });
});
