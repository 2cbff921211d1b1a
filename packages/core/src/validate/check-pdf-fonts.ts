import type { Diagnostic } from '../diagnostics/types.js';
import type { CourseConfig } from '../model/config.js';
import { placeOfConfigProblem } from '../model/config-place.js';
import type { Finding } from '../model/finding.js';
import { readConfig } from '../model/read-config.js';
import type { Place } from '../model/types.js';
import { findingDiagnostics } from './finding-diagnostics.js';

/**
 * The largest font file `pdfFonts` may list, in bytes (64 MiB). A font for Chinese, Japanese or
 * Korean is 10–30 MB, a collection of one weight in every such language about as much; only the
 * collections of every weight at once pass 100 MB, and every process that typesets holds its own
 * copy of each font.
 */
export const MAX_PDF_FONT_SIZE = 64 * 1024 * 1024;

/** A font file as read for checking: its bytes, only its size when it was over the limit, or null when it could not be read. */
export type FontRead = Uint8Array | { size: number } | null;

const CODE = 'pdf-font-unusable';

// The first four bytes of a font the PDF typesetter loads: TrueType (1.0 or Apple's `true`), OpenType with
// PostScript outlines (`OTTO`), and a collection of either (`ttcf`).
const SINGLE_FONTS = new Set([0x00010000, 0x74727565, 0x4f54544f]);
const COLLECTION = 0x74746366;
const WOFF = new Set([0x774f4646, 0x774f4632]);
const ZIP = 0x504b0304;

// What the typesetter reads of every face: its header, metrics, glyph count, names (a face that
// names no family cannot be chosen) and character map.
const REQUIRED_TABLES = ['head', 'hhea', 'maxp', 'name', 'cmap'];

const tagAt = (view: DataView, at: number) => String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));

/**
 * What keeps a font file from being used in the PDFs, as the end of a sentence about it, or null
 * when there is nothing: it must be a TrueType or OpenType font or a collection of them, whole,
 * with the tables the typesetter reads (a character map among them), and its licence bits
 * (`OS/2` `fsType`) must allow embedding it, which PDF/UA requires.
 */
export function fontFileProblem(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = bytes.byteLength >= 12 ? view.getUint32(0) : 0;
  if (WOFF.has(head)) return 'is a web font (WOFF), which the PDF typesetter cannot load; list the .ttf or .otf file it was made from';
  if (head === ZIP) return 'is a zip archive, not a font; unpack it and list the .ttf or .otf file inside';
  let faces: number[] = [0];
  if (head === COLLECTION) {
    const count = view.getUint32(8);
    if (count === 0 || 12 + count * 4 > bytes.byteLength) return 'is a font collection that holds no font';
    faces = Array.from({ length: count }, (_, i) => view.getUint32(12 + i * 4));
  } else if (!SINGLE_FONTS.has(head)) {
    return 'is not a TrueType or OpenType font (those start with the bytes 00 01 00 00, `OTTO`, `true` or `ttcf`)';
  }
  for (const at of faces) {
    if (at + 12 > bytes.byteLength || at + 12 + view.getUint16(at + 4) * 16 > bytes.byteLength) return 'is cut short: its table directory runs past the end of the file';
    const tags = new Set<string>();
    for (let i = 0; i < view.getUint16(at + 4); i++) {
      const record = at + 12 + i * 16;
      const tag = tagAt(view, record);
      const offset = view.getUint32(record + 8);
      const length = view.getUint32(record + 12);
      if (offset + length > bytes.byteLength) return `is cut short: its \`${tag}\` table runs past the end of the file`;
      tags.add(tag);
      // Bit 1 alone (no "preview & print" or "editable" bit) is "Restricted License embedding".
      if (tag === 'OS/2' && length >= 10 && (view.getUint16(offset + 8) & 0x000e) === 0x0002) {
        return 'may not be embedded in a document: its licence bits (`fsType` in its `OS/2` table) say "Restricted License embedding", which PDF/UA forbids';
      }
    }
    const lacking = REQUIRED_TABLES.filter((t) => !tags.has(t));
    if (lacking.length > 0) return `lacks the ${lacking.map((t) => `\`${t}\``).join(', ')} table${lacking.length > 1 ? 's' : ''} a font needs to be typeset`;
  }
  return null;
}

/** Where `path` is listed in the `pdfFonts` of the configuration text. */
function placeOfPdfFont(configText: string, path: string): Place {
  let index = -1;
  try {
    const list: unknown = (JSON.parse(configText) as { pdfFonts?: unknown }).pdfFonts;
    if (Array.isArray(list)) index = list.indexOf(path);
  } catch {
    // Only a configuration that parses lists fonts at all.
  }
  return placeOfConfigProblem(configText, { pointer: index < 0 ? '/pdfFonts' : `/pdfFonts/${index}`, message: '' });
}

/** Findings for the fonts `pdfFonts` lists that are not among the folder's `listed` files. */
export function missingPdfFontFindings(config: Pick<CourseConfig, 'pdfFonts'>, configText: string | null, listed: readonly string[]): Finding[] {
  if (config.pdfFonts.length === 0) return [];
  const files = new Set(listed);
  const missing = config.pdfFonts.filter((p) => !files.has(p));
  if (missing.length === 0) return [];
  const byLowerCase = new Map(listed.map((p) => [p.toLowerCase(), p]));
  return missing.map((p) => {
    const near = byLowerCase.get(p.toLowerCase());
    const message = `\`${p}\` is not a file of the content folder${near ? `; there is \`${near}\`` : ''}`;
    return { code: CODE, message, place: placeOfPdfFont(configText ?? '', p), module: null };
  });
}

/**
 * The fonts `pdfFonts` lists that were read (`reads`, by path, each read up to
 * {@link MAX_PDF_FONT_SIZE}; a path not in it was not read), checked: each must have been read,
 * be within the limit, and have no {@link fontFileProblem}. Returns the usable paths, in the order
 * listed, and a diagnostic at the entry of each other one.
 */
export function checkPdfFonts(configText: string | null, reads: ReadonlyMap<string, FontRead>): { usable: string[]; diagnostics: Diagnostic[] } {
  const usable: string[] = [];
  const findings: Finding[] = [];
  for (const path of readConfig(configText).config.pdfFonts) {
    const read = reads.get(path);
    if (read === undefined) continue;
    const problem =
      read === null
        ? 'could not be read'
        : !(read instanceof Uint8Array) || read.byteLength > MAX_PDF_FONT_SIZE
          ? `is ${read instanceof Uint8Array ? read.byteLength : read.size} bytes, over the limit of ${MAX_PDF_FONT_SIZE} (64 MiB) for a font`
          : fontFileProblem(read);
    if (problem === null) usable.push(path);
    else findings.push({ code: CODE, message: `\`${path}\` ${problem}`, place: placeOfPdfFont(configText ?? '', path), module: null });
  }
  return { usable, diagnostics: findingDiagnostics(findings) };
}
