import type { AuthorFonts } from './author-fonts.js';
import { authorFonts } from './author-fonts.js';
import { fontBlobs } from './font-blobs.js';
import type { FontFace } from './font-faces.js';
import { fontFaces } from './font-faces.js';

/**
 * The code points a font face maps to a glyph (the first face of the file unless given), from its
 * `cmap` table (OpenType): the Unicode subtable of format 12 (every plane) when there is one, else
 * of format 4 (the BMP).
 */
export function fontCodePoints(font: Uint8Array, face: FontFace | undefined = fontFaces(font)[0]): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = face?.tables.get('cmap')?.offset ?? -1;
  const points = new Set<number>();
  if (cmap < 0) return points;
  // Unicode subtables: platform 0 (Unicode), or 3 (Windows) with encoding 1 (BMP) or 10 (full).
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
      const at = cmap + view.getUint32(record + 4);
      subtables.push({ format: view.getUint16(at), at });
    }
  }
  const full = subtables.find((s) => s.format === 12);
  const bmp = subtables.find((s) => s.format === 4);
  if (full) {
    const groups = view.getUint32(full.at + 12);
    for (let g = 0; g < groups; g++) {
      const group = full.at + 16 + g * 12;
      const first = view.getUint32(group);
      const last = view.getUint32(group + 4);
      const glyph = view.getUint32(group + 8);
      for (let c = first; c <= last; c++) if (glyph + (c - first) !== 0) points.add(c);
    }
  } else if (bmp) {
    const segments = view.getUint16(bmp.at + 6) / 2;
    const ends = bmp.at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const offsets = deltas + segments * 2;
    for (let s = 0; s < segments; s++) {
      const start = view.getUint16(starts + s * 2);
      const end = view.getUint16(ends + s * 2);
      const delta = view.getInt16(deltas + s * 2);
      const offset = view.getUint16(offsets + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        // With an offset, the glyph comes from the glyph id array, found relative to the offset itself.
        const raw = offset === 0 ? c : view.getUint16(offsets + s * 2 + offset + (c - start) * 2);
        if (raw !== 0 && ((raw + delta) & 0xffff) !== 0) points.add(c);
      }
    }
  }
  return points;
}

/** The code points every set shows. */
function shownByAll(sets: readonly Set<number>[]): Set<number> {
  const [first, ...rest] = sets;
  const common = new Set(first);
  for (const points of rest) for (const c of common) if (!points.has(c)) common.delete(c);
  return common;
}

/** The code points of a face the course adds, or none when its character map runs past the end of the file. */
function codePointsOrNone(font: Uint8Array, face: FontFace): Set<number> {
  try {
    return fontCodePoints(font, face);
  } catch {
    return new Set();
  }
}

let printable: Set<number> | null = null;
const withAdded = new WeakMap<AuthorFonts, ReadonlySet<number>>();

/**
 * The code points that print as written in any place of the template: those every font of the
 * template shows, and, with fonts the course adds, those every face of one of their families
 * shows (the template tries each family after its own, and any face of it may be the one chosen
 * for the weight and style).
 */
export function printableCodePoints(added: AuthorFonts | null = null): ReadonlySet<number> {
  printable ??= shownByAll(fontBlobs().map((blob) => fontCodePoints(blob)));
  if (!added || added.families.length === 0) return printable;
  const known = withAdded.get(added);
  if (known) return known;
  const points = new Set(printable);
  for (const faces of added.faces) for (const c of shownByAll(faces.map((f) => codePointsOrNone(f.font, f.face)))) points.add(c);
  withAdded.set(added, points);
  return points;
}

/** What prints in place of a character no font of the template (nor any the course adds) has. */
export const MISSING_GLYPH = '■';

const ASCII_TEXT = /^[\x20-\x7e\n]*$/;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SPACE = /^\s$/u;

/**
 * `text` as the template's fonts (and `fonts`, those the course adds) can print it, and the
 * characters they cannot: an invisible format character (a variation selector, a zero-width
 * joiner) is dropped, a space the fonts lack becomes a plain space, and anything else prints as
 * {@link MISSING_GLYPH}. Typst refuses to write a PDF/UA document with a character its font cannot show.
 */
export function printableText(text: string, missing: Set<string>, fonts: readonly Uint8Array[] = []): string {
  if (ASCII_TEXT.test(text)) return text;
  return printableWith(text, missing, printableCodePoints(fonts.length > 0 ? authorFonts(fonts) : null));
}

function printableWith(text: string, missing: Set<string>, fonts: ReadonlySet<number>): string {
  if (ASCII_TEXT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    // A zero-width space is a place to break a long run (see rich-blocks), which Typst needs no glyph for.
    if (fonts.has(code) || ch === '\n' || ch === '\t' || ch === '\u200B') out += ch;
    else if (IGNORABLE.test(ch)) continue;
    else if (SPACE.test(ch)) out += ' ';
    else {
      missing.add(ch);
      out += MISSING_GLYPH;
    }
  }
  return out;
}

/** `data` with every string in it made printable with the template's fonts and `fonts` (see {@link printableText}). */
export function printableData<T>(data: T, missing: Set<string> = new Set(), fonts: readonly Uint8Array[] = []): T {
  const printable = printableCodePoints(fonts.length > 0 ? authorFonts(fonts) : null);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return printableWith(value, missing, printable);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(data) as T;
}

/**
 * The letters of `data`'s strings that the fonts (the template's and `fonts`) show but whose
 * capitals they do not, in code point order: ƒ, whose Ƒ Source Sans lacks, or Georgian, whose
 * capitals (Mtavruli) most fonts lack. Where the template prints capitals, these stay as written:
 * Typst's `upper` would ask for a glyph no font has, which stops a PDF/UA document.
 */
export function lowercaseOnly(data: unknown, fonts: readonly Uint8Array[] = []): string {
  const printable = printableCodePoints(fonts.length > 0 ? authorFonts(fonts) : null);
  const found = new Set<number>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (ASCII_TEXT.test(value)) return;
      for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (printable.has(code) && [...ch.toUpperCase()].some((capital) => !printable.has(capital.codePointAt(0) ?? 0))) found.add(code);
      }
    } else if (value && typeof value === 'object') for (const item of Object.values(value)) walk(item);
  };
  walk(data);
  return String.fromCodePoint(...[...found].sort((a, b) => a - b));
}
