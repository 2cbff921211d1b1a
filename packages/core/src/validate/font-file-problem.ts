// Depends on nothing else of core: the PDF typesetter's child processes import it alone
// (`@coursepack/core/font-file`) to leave out the fonts validation reported.

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
