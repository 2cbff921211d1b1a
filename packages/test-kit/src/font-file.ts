/**
 * A font file made of the given tables (their bytes), for tests of what reads or refuses fonts:
 * TrueType outlines (`0x00010000`) unless `version` says otherwise (`0x4f54544f`, `OTTO`, for CFF).
 */
export function sfntFont(tables: Record<string, Uint8Array>, version = 0x00010000): Uint8Array {
  const tags = Object.keys(tables).sort();
  let at = 12 + tags.length * 16;
  const bytes = new Uint8Array(at + tags.reduce((n, t) => n + (tables[t]?.byteLength ?? 0), 0));
  const view = new DataView(bytes.buffer);
  view.setUint32(0, version);
  view.setUint16(4, tags.length);
  tags.forEach((tag, i) => {
    const table = tables[tag] ?? new Uint8Array();
    bytes.set([...tag].map((c) => c.charCodeAt(0)), 12 + i * 16);
    view.setUint32(20 + i * 16, at);
    view.setUint32(24 + i * 16, table.byteLength);
    bytes.set(table, at);
    at += table.byteLength;
  });
  return bytes;
}
