/** Where one table of a font face is: its record in the table directory, and its bytes. */
export interface FaceTable {
  record: number;
  offset: number;
  length: number;
}

/** One face of a font file: where its table directory starts, and its tables by tag (`cmap`, `name` …). */
export interface FontFace {
  directory: number;
  tables: Map<string, FaceTable>;
}

const COLLECTION = 0x74746366; // `ttcf`

/**
 * The faces of a font file (OpenType): the one face of a `.ttf` or `.otf`, or each face of a
 * collection (`.ttc`, `.otc`), whose table offsets count from the start of the file too.
 */
export function fontFaces(font: Uint8Array): FontFace[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const directories = view.getUint32(0) === COLLECTION ? Array.from({ length: view.getUint32(8) }, (_, i) => view.getUint32(12 + i * 4)) : [0];
  return directories.map((directory) => {
    const tables = new Map<string, FaceTable>();
    for (let i = 0; i < view.getUint16(directory + 4); i++) {
      const record = directory + 12 + i * 16;
      const tag = String.fromCharCode(...font.subarray(record, record + 4));
      tables.set(tag, { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
    }
    return { directory, tables };
  });
}
