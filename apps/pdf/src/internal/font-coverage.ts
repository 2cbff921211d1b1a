import { fontBlobs } from './font-blobs.js';

/**
 * The code points a font maps to a glyph, from its `cmap` table (OpenType): the Unicode subtable
 * of format 12 (every plane) when there is one, else of format 4 (the BMP).
 */
export function fontCodePoints(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === 'cmap') cmap = view.getUint32(record + 8);
  }
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

let printable: Set<number> | null = null;

/** The code points every font of the template shows: text in any of its places prints as written. */
export function printableCodePoints(): ReadonlySet<number> {
  if (printable) return printable;
  const [first, ...rest] = fontBlobs().map((blob) => fontCodePoints(blob));
  const common = new Set(first);
  for (const points of rest) for (const c of common) if (!points.has(c)) common.delete(c);
  printable = common;
  return common;
}

/** What prints in place of a character no font of the template has. */
export const MISSING_GLYPH = '■';

const ASCII_TEXT = /^[\x20-\x7e\n]*$/;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const SPACE = /^\s$/u;

/**
 * `text` as the template's fonts can print it, and the characters they cannot: an invisible
 * format character (a variation selector, a zero-width joiner) is dropped, a space the fonts lack
 * becomes a plain space, and anything else prints as {@link MISSING_GLYPH}. Typst refuses to
 * write a PDF/UA document with a character its font cannot show.
 */
export function printableText(text: string, missing: Set<string>): string {
  if (ASCII_TEXT.test(text)) return text;
  const fonts = printableCodePoints();
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

/** `data` with every string in it made printable (see {@link printableText}). */
export function printableData<T>(data: T, missing: Set<string> = new Set()): T {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return printableText(value, missing);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(data) as T;
}
