import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collectFiles } from '@coursepack/export-kit';
import { courseFromFiles } from '@coursepack/test-kit';
import { assembleBooklet, bookletPart, pdfExporter } from '../src/index.js';
import { fontBlobs } from '../src/internal/font-blobs.js';
import { fontCodePoints, lowercaseOnly, printableCodePoints, printableText } from '../src/internal/font-coverage.js';
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

  test('the template prints none of its own: its marks, arrows and list markers are in every bundled font', () => {
    const dir = new URL('../typst/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.typ'))) {
      // Comments are not printed.
      const printed = readFileSync(new URL(name, dir), 'utf8').replace(/\/\/.*$/gm, '');
      expect([...printed].filter((ch) => !printableCodePoints().has(ch.codePointAt(0) ?? 0) && !/\s/.test(ch)), name).toEqual([]);
    }
  });

  test('letters the fonts have but not their capitals are found, once each, in code point order', () => {
    // Source Sans has ƒ but not Ƒ; it has é and É; Georgian, which it lacks altogether, prints as ■ anyway.
    expect(lowercaseOnly({ labels: { a: 'ƒ and é' }, modules: [['ɑƒ', 'ქართ', 'ABC']] })).toBe('ƒɑ');
  });

  test.skipIf(!hasPoppler())('where the template prints capitals, a letter whose capital the fonts lack prints as written', async () => {
    // Typst's `upper` made the group title's ƒ into Ƒ, which the fonts lack: the export failed.
    const config = JSON.stringify({ labels: { instructorKey: 'ƒ key', modelAnswer: 'ƒ answer' } });
    const build = await courseFromFiles({ 'coursepack.config.json': config, 'm1/06_revision.md': '# 06. Module 1 Review — Florins\n\n## Embedded checkpoint\n\n### The ƒ function\n\n1. What is ƒ(x)?\n\n   > ƒ(x) = 2x\n\n## Completion gate\n\n- [ ] Done.\n' });
    const m = build.course.modules[0];
    if (!m) throw new Error('no module');
    const result = await pdfExporter.exportModule!(m, { course: build.course, documents: build.documents }, { toolVersion: '0.0.0' });
    expect(result.diagnostics).toEqual([]);
    const [worksheet, key] = result.files.map((f) => squash(pdfPages(f.bytes).join('\n')));
    expect(worksheet).toContain(squash('THE ƒ FUNCTION 1. What is ƒ(x)?'));
    expect(key).toContain(squash('MODULE 1 · ƒ KEY'));
    expect(key).toContain(squash('THE ƒ FUNCTION 1. What is ƒ(x)? ƒ ANSWER ƒ(x) = 2x'));
  });
});
