import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CourseBuild, Module } from '@coursepack/core';
import { fontFileProblem } from '@coursepack/core';
import type { ExportOptions } from '@coursepack/export-kit';
import { collectFiles, fileBytes } from '@coursepack/export-kit';
import { courseFromFiles, findTestFont, sfntFont } from '@coursepack/test-kit';
import { assembleBooklet, bookletPart, pdfExporter, renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { fontBlobs } from '../src/internal/font-blobs.js';
import { authorFonts } from '../src/internal/author-fonts.js';
import { fontCodePoints, lowercaseOnly, printableText } from '../src/internal/font-coverage.js';
import { fontFaces } from '../src/internal/font-faces.js';
import { faceFamily, withFamilies } from '../src/internal/font-names.js';
import { squash } from './order.js';
import { hasPoppler, pdfFonts, pdfPages } from './poppler.js';

// Words in scripts the bundled fonts lack and DejaVu Sans has.
const GEORGIAN = 'ქართული';
const ARMENIAN = 'Հայերեն';

const REVIEW = `# 06. Module 1 Review — ${GEORGIAN} ანბანი

**Focus:** the ${GEORGIAN} and ${ARMENIAN} alphabets.

## Reflection prompts

- რა ისწავლე დღეს?

## Embedded checkpoint

### Recall

1. Which word is **${GEORGIAN}**, in *${ARMENIAN}* letters?
   - [x] ${ARMENIAN}
   - [ ] ${GEORGIAN}

## Completion gate

- [ ] მზად ვარ.
`;

/** A collection (`ttcf`) of the given fonts, each face's tables where the font had them, moved along. */
function collectionOf(fonts: readonly Uint8Array[]): Uint8Array {
  const offsets: number[] = [];
  let size = 12 + fonts.length * 4;
  for (const font of fonts) {
    offsets.push(size);
    size += Math.ceil(font.byteLength / 4) * 4;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x74746366);
  view.setUint32(4, 0x00010000);
  view.setUint32(8, fonts.length);
  fonts.forEach((font, i) => {
    const at = offsets[i] ?? 0;
    view.setUint32(12 + i * 4, at);
    out.set(font, at);
    for (let t = 0; t < view.getUint16(at + 4); t++) view.setUint32(at + 20 + t * 16, view.getUint32(at + 20 + t * 16) + at);
  });
  return out;
}

const file = findTestFont();

const sfnt = (tables: Record<string, Uint8Array>): Uint8Array => sfntFont(tables, 0x4f54544f);

describe('which font files the typesetter is given', () => {
  test('those core\'s validation passes, and no other', () => {
    const table = new Uint8Array(16);
    const restricted = new Uint8Array(96);
    new DataView(restricted.buffer).setUint16(8, 0x0002);
    const printable = new Uint8Array(96);
    new DataView(printable.buffer).setUint16(8, 0x0004);
    const whole = { cmap: table, head: table, hhea: table, maxp: table, name: table };
    const samples = [
      sfnt(whole),
      sfnt({ ...whole, 'OS/2': printable }),
      sfnt({ ...whole, 'OS/2': restricted }),
      sfnt({ head: table, hhea: table, maxp: table, name: table }),
      sfnt(whole).subarray(0, 60),
      sfnt(whole).subarray(0, 100),
      collectionOf([sfnt(whole), sfnt({ ...whole, 'OS/2': restricted })]),
      collectionOf([sfnt(whole), sfnt(whole)]),
      collectionOf([]),
      new TextEncoder().encode('wOF2 and the rest of a web font'),
      new TextEncoder().encode('<!doctype html>'),
      new Uint8Array(3),
      ...fontBlobs().slice(0, 2),
      ...(file ? [new Uint8Array(readFileSync(file))] : []),
    ];
    const usable = samples.filter((font) => fontFileProblem(font) === null);
    expect(usable.length).toBe(file ? 6 : 5);
    // The typesetter loads exactly those, each once.
    expect(authorFonts(samples).blobs().length).toBe(usable.length);
  });
});

const text = (pdf: Uint8Array) => squash(pdfPages(pdf).join('\n'));

describe.skipIf(!file || !hasPoppler())('fonts a course adds (DejaVu Sans)', () => {
  let font = new Uint8Array();
  let build: CourseBuild;
  let m: Module;
  const optionsWith = (bytes: Uint8Array): ExportOptions => ({ toolVersion: '0.0.0', fonts: [{ path: 'fonts/DejaVuSans.ttf', sha256: createHash('sha256').update(bytes).digest('hex'), bytes }] });
  beforeAll(async () => {
    font = new Uint8Array(readFileSync(file as string));
    build = await courseFromFiles({ 'm1/06_revision.md': REVIEW });
    const first = build.course.modules[0];
    if (!first) throw new Error('no module');
    m = first;
  });

  test('print Georgian and Armenian that the bundled fonts print as ■, and the missing-glyph warning goes', async () => {
    const input = { course: build.course, documents: build.documents };
    const without = await pdfExporter.exportModule!(m, input, { toolVersion: '0.0.0' });
    expect(without.diagnostics.map((d) => d.code)).toEqual(['pdf-characters-missing']);
    for (const f of without.files) expect(text(f.bytes)).toContain(squash(`the ${'■'.repeat(GEORGIAN.length)} and ${'■'.repeat(ARMENIAN.length)} alphabets`));

    const withFont = await pdfExporter.exportModule!(m, input, optionsWith(font));
    expect(withFont.diagnostics).toEqual([]);
    const [worksheet, key] = withFont.files.map((f) => text(f.bytes));
    for (const printed of [worksheet, key]) {
      expect(printed).toContain(squash(`Module 1 Review — ${GEORGIAN} ანბანი`));
      expect(printed).toContain(squash(`the ${GEORGIAN} and ${ARMENIAN} alphabets`));
      expect(printed).toContain(squash(`Which word is ${GEORGIAN}, in ${ARMENIAN} letters?`));
      expect(printed).toContain(squash('მზად ვარ.'));
      expect(printed).not.toContain('■');
    }
  });

  test('print in the booklet, typeset in its child process, assembled from parts or made whole', async () => {
    const parts = bookletPart(m, undefined, build.course);
    const readParts = async (_id: string, only?: string) => parts.filter((p) => !only || p.path === only);
    const assembled = await pdfExporter.assembleCourse!(build.course, readParts, optionsWith(font));
    const whole = await pdfExporter.exportCourse!({ course: build.course, documents: build.documents }, optionsWith(font));
    for (const booklet of [assembled.files[0], whole.files[0]]) {
      if (!booklet) throw new Error('no booklet');
      const bytes = await fileBytes(booklet);
      expect(text(bytes)).toContain(squash(`the ${GEORGIAN} and ${ARMENIAN} alphabets`));
      expect(text(bytes)).not.toContain('■');
    }
    const plain = (await collectFiles(await assembleBooklet(build.course, readParts))).files[0];
    expect(text(plain?.bytes ?? new Uint8Array())).toContain(squash(`the ${'■'.repeat(GEORGIAN.length)} and`));
  });

  test('key the booklet a build remembers on their bytes', async () => {
    const parts = bookletPart(m, undefined, build.course);
    const readParts = async (_id: string, only?: string) => parts.filter((p) => !only || p.path === only);
    const keys: string[] = [];
    const memo = async (key: string) => {
      keys.push(key);
      return new Uint8Array();
    };
    // The same characters, other bytes: the volume's data is the same, the font is not.
    const padded = new Uint8Array(font.byteLength + 4);
    padded.set(font);
    for (const fonts of [[font], [padded], [font]]) await collectFiles(await assembleBooklet(build.course, readParts, { fonts, memo }));
    expect(new Set(keys).size).toBe(2);
    expect(keys[0]).toBe(keys[2]);
  });

  test('are the only fonts used besides the bundled ones: bold Georgian takes the one face given, never the machine\'s bold', () => {
    // Typst also sees the machine's fonts (DejaVu Sans Bold among them on Debian); the faces the
    // course adds go by names of coursepack's, so only they can be chosen.
    const embedded = new Set([...pdfFonts(renderWorksheet(m, { fonts: [font] })), ...pdfFonts(renderKey(m, { fonts: [font] }))]);
    expect([...embedded].filter((f) => !/^(SourceSerif4|SourceSans3|SourceCodePro)-/.test(f))).toEqual(['DejaVuSans']);
  });

  test('give the same bytes for the same input, whatever was typeset in between', () => {
    const once = renderWorksheet(m, { fonts: [font] });
    renderWorksheet(m);
    renderKey(m, { fonts: [collectionOf([font])] });
    expect(Buffer.from(renderWorksheet(m, { fonts: [font] })).equals(Buffer.from(once))).toBe(true);
    expect(Buffer.from(renderBooklet(build.course, undefined, { fonts: [font] })).equals(Buffer.from(renderBooklet(build.course, undefined, { fonts: [font] })))).toBe(true);
  });

  test('may come as a collection, each of whose faces is a font', () => {
    const sourceSans = fontBlobs()[6];
    if (!sourceSans) throw new Error('no Source Sans');
    // Source Sans (no Georgian) first, so the Georgian can only come from the collection's second face.
    const printed = text(renderWorksheet(m, { fonts: [collectionOf([sourceSans, font])] }));
    expect(printed).toContain(squash(`the ${GEORGIAN} and ${ARMENIAN} alphabets`));
  });

  test('count only what every face of a family has: the face chosen for a weight may be any of them', () => {
    // A second face that says it is DejaVu Sans but has no Georgian: bold text may get it.
    const sourceSans = fontBlobs()[6] ?? new Uint8Array();
    const impostor = withFamilies(sourceSans, fontFaces(sourceSans), ['DejaVu Sans']);
    const missing = new Set<string>();
    expect(printableText(`${GEORGIAN} Ж`, missing, [font, impostor])).toBe(`${'■'.repeat(GEORGIAN.length)} Ж`);
    expect(printableText(`${GEORGIAN} Ж`, new Set(), [font])).toBe(`${GEORGIAN} Ж`);
    expect(text(renderWorksheet(m, { fonts: [font, impostor] }))).toContain(squash(`the ${'■'.repeat(GEORGIAN.length)} and`));
  });

  test('print a Georgian group title as written where capitals are printed: the font has no Georgian capitals', async () => {
    // Typst's `upper` made Mkhedruli letters into Mtavruli capitals, which DejaVu Sans lacks: the key failed.
    const titled = await courseFromFiles({ 'm1/06_revision.md': REVIEW.replace('### Recall', `### ${GEORGIAN}`) });
    const only = titled.course.modules[0];
    if (!only) throw new Error('no module');
    expect(lowercaseOnly(GEORGIAN, [font])).toBe([...new Set(GEORGIAN)].sort().join(''));
    for (const pdf of [renderWorksheet(only, { fonts: [font] }), renderKey(only, { fonts: [font] })]) {
      expect(text(pdf)).toContain(squash(`Checkpoint ${GEORGIAN} 1. Which word is ${GEORGIAN}`));
    }
  });

  test('leave out a file the typesetter cannot use, as validation reported it, rather than fail', () => {
    const junk = new TextEncoder().encode('<!doctype html><title>Download</title>');
    expect(Buffer.from(renderWorksheet(m, { fonts: [junk] })).equals(Buffer.from(renderWorksheet(m)))).toBe(true);
  });

  test('are renamed into families of coursepack\'s, keeping their own PostScript names and characters', () => {
    const [face] = fontFaces(font);
    if (!face) throw new Error('no face');
    expect(faceFamily(font, face)).toBe('DejaVu Sans');
    const renamed = withFamilies(font, [face], ['coursepack-font-1']);
    const [renamedFace] = fontFaces(renamed);
    if (!renamedFace) throw new Error('no face');
    expect(faceFamily(renamed, renamedFace)).toBe('coursepack-font-1');
    expect(fontCodePoints(renamed, renamedFace)).toEqual(fontCodePoints(font, face));
    // No other byte moves: only the name table's record points elsewhere, at the new table after the font.
    const record = face.tables.get('name')?.record ?? 0;
    expect(Buffer.from(renamed.subarray(0, record)).equals(Buffer.from(font.subarray(0, record)))).toBe(true);
    expect(Buffer.from(renamed.subarray(record + 16, font.byteLength)).equals(Buffer.from(font.subarray(record + 16)))).toBe(true);
  });
});
