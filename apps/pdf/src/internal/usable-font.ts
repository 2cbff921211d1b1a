import { fontFaces } from './font-faces.js';

// What a font file starts with: TrueType (1.0 or Apple's `true`), OpenType (`OTTO`), a collection (`ttcf`).
const SIGNATURES = new Set([0x00010000, 0x74727565, 0x4f54544f, 0x74746366]);

// The tables Typst reads of every face; a face that names no family cannot be chosen.
const NEEDED = ['head', 'hhea', 'maxp', 'name', 'cmap'];

/**
 * Whether Typst can load every face of a font file and embed it in a PDF/UA document: the test
 * core's `fontFileProblem` makes (and says why, for validation), made here without loading core,
 * which the booklet's child processes would otherwise load for this alone.
 */
export function isUsableFont(font: Uint8Array): boolean {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12 || !SIGNATURES.has(view.getUint32(0))) return false;
  try {
    const faces = fontFaces(font);
    return (
      faces.length > 0 &&
      faces.every((face) => {
        const tables = [...face.tables.values()];
        const os2 = face.tables.get('OS/2');
        // Bit 1 alone (no "preview & print" or "editable" bit) is "Restricted License embedding", which PDF/UA forbids.
        const isRestricted = os2 !== undefined && os2.length >= 10 && (view.getUint16(os2.offset + 8) & 0x000e) === 0x0002;
        return NEEDED.every((tag) => face.tables.has(tag)) && tables.every((t) => t.offset + t.length <= font.byteLength) && !isRestricted;
      })
    );
  } catch {
    // A table directory that runs past the end of the file.
    return false;
  }
}
