import { describe, expect, test } from 'vitest';
import { collectFiles } from '@coursepack/export-kit';
import { courseFromFiles } from '@coursepack/test-kit';
import { assembleBooklet, bookletPart, pdfExporter } from '../src/index.js';
import { fontBlobs } from '../src/internal/font-blobs.js';
import { fontCodePoints, printableText } from '../src/internal/font-coverage.js';
import { squash } from './order.js';
import { hasPoppler, pdfPages } from './poppler.js';

const review = (prompt: string) => `# 06. Module 1 Review — Launch 🚀\n\n## Embedded checkpoint\n\n### Recall\n\n1. ${prompt}\n   - [x] Yes ✅\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n`;

describe('characters the PDF fonts lack', () => {
  test('the bundled fonts map Latin, Greek and Cyrillic letters, and no emoji or CJK', () => {
    for (const points of fontBlobs().map((blob) => fontCodePoints(blob))) {
      expect(['a', 'é', 'Ω', 'Ж', '€'].map((ch) => points.has(ch.codePointAt(0) ?? 0))).toEqual([true, true, true, true, true]);
      expect(['🚀', '模', 'م'].map((ch) => points.has(ch.codePointAt(0) ?? 0))).toEqual([false, false, false]);
    }
  });

  test('print as a black square, invisible format characters are dropped and foreign spaces become spaces', () => {
    const missing = new Set<string>();
    expect(printableText('Ship 🚀 模型 now ✅\uFE0F, a\u2009b, zero\u200Dwidth, tab\tand\nline, café', missing)).toBe('Ship ■ ■■ now ■, a b, zerowidth, tab\tand\nline, café');
    expect([...missing]).toEqual(['🚀', '模', '型', '✅']);
  });

  test.skipIf(!hasPoppler())('no longer stop the export: the module prints, with a warning naming them', async () => {
    // Typst refuses to write a PDF/UA document with a character its font cannot show: the build
    // used to fail with "this is a bug" at the first emoji.
    const build = await courseFromFiles({ 'm1/06_revision.md': review('Which launch 模型注册 is ready? مرحبا') });
    const m = build.course.modules[0];
    if (!m) throw new Error('no module');
    const result = await pdfExporter.exportModule!(m, { course: build.course, documents: build.documents }, { toolVersion: '0.0.0' });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.module, d.place.line])).toEqual([['pdf-characters-missing', 'warning', 'm1', 1]]);
    expect(result.diagnostics[0]?.message).toBe(
      'The PDF fonts have no glyph for 🚀 (U+1F680), 模 (U+6A21), 型 (U+578B), 注 (U+6CE8), 册 (U+518C), م (U+0645), ر (U+0631), ح (U+062D) and 3 more, so the worksheet, the key and the booklet print ■ in their place (a font that has them, listed in `pdfFonts`, prints them); the other exports show them as written',
    );
    const [worksheet, key] = result.files.map((f) => squash(pdfPages(f.bytes).join('\n')));
    for (const text of [worksheet, key]) expect(text).toContain(squash('Which launch ■■■■ is ready? ■■■■■'));
    const parts = new Map(bookletPart(m).map((f) => [f.path, f]));
    const booklet = await collectFiles(await assembleBooklet(build.course, async (_id, only) => [...parts.values()].filter((f) => !only || f.path === only)));
    expect(squash(pdfPages(booklet.files[0]!.bytes).join('\n'))).toContain(squash('Module 1 Review — Launch ■'));
  });
});
