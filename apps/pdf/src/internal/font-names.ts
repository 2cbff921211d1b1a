import type { FontFace } from './font-faces.js';

const utf16 = new TextDecoder('utf-16be');
const latin1 = new TextDecoder('latin1');

// Name ids (OpenType `name` table) that give a face's family: the family, the typographic family
// (which groups more than four styles) and the WWS family. Typst reads the second, else the first.
const FAMILY = 1;
const TYPOGRAPHIC_FAMILY = 16;
const WWS_FAMILY = 21;
const FAMILY_IDS = new Set([FAMILY, TYPOGRAPHIC_FAMILY, WWS_FAMILY]);

/** One record of a `name` table and its string's bytes. */
interface NameRecord {
  platform: number;
  encoding: number;
  language: number;
  id: number;
  bytes: Uint8Array;
}

function nameRecords(font: Uint8Array, face: FontFace): NameRecord[] {
  const table = face.tables.get('name');
  if (!table) return [];
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const strings = table.offset + view.getUint16(table.offset + 4);
  return Array.from({ length: view.getUint16(table.offset + 2) }, (_, i) => {
    const at = table.offset + 6 + i * 12;
    const start = strings + view.getUint16(at + 10);
    return { platform: view.getUint16(at), encoding: view.getUint16(at + 2), language: view.getUint16(at + 4), id: view.getUint16(at + 6), bytes: font.subarray(start, start + view.getUint16(at + 8)) };
  });
}

/** The family a face gives itself (its typographic family, else its family), or null when it names none. */
export function faceFamily(font: Uint8Array, face: FontFace): string | null {
  const records = nameRecords(font, face);
  for (const id of [TYPOGRAPHIC_FAMILY, FAMILY]) {
    // Unicode and Windows names are UTF-16; Macintosh Roman names of family names are ASCII in practice.
    const record = records.find((r) => r.id === id && (r.platform === 0 || r.platform === 3)) ?? records.find((r) => r.id === id && r.platform === 1 && r.encoding === 0);
    if (record) return (record.platform === 1 ? latin1 : utf16).decode(record.bytes).trim() || null;
  }
  return null;
}

/** A `name` table (format 0) of `records`, sorted as the format requires. */
function nameTable(records: NameRecord[]): Uint8Array {
  const sorted = [...records].sort((a, b) => a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.id - b.id);
  const head = 6 + sorted.length * 12;
  const table = new Uint8Array(head + sorted.reduce((n, r) => n + r.bytes.byteLength, 0));
  const view = new DataView(table.buffer);
  view.setUint16(2, sorted.length);
  view.setUint16(4, head);
  let offset = 0;
  sorted.forEach((r, i) => {
    const at = 6 + i * 12;
    [r.platform, r.encoding, r.language, r.id, r.bytes.byteLength, offset].forEach((value, k) => view.setUint16(at + k * 2, value));
    table.set(r.bytes, head + offset);
    offset += r.bytes.byteLength;
  });
  return table;
}

/** The OpenType checksum of a table: the sum of its big-endian 32-bit words, zero-padded. */
function checksum(table: Uint8Array): number {
  const padded = new Uint8Array(Math.ceil(table.byteLength / 4) * 4);
  padded.set(table);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

const pad4 = (n: number) => Math.ceil(n / 4) * 4;

/**
 * A copy of `font` in which face `i` is of the family `families[i]` (Windows, US English) instead
 * of its own; its other names, the PostScript name PDFs show among them, are kept. The new `name`
 * tables go after the file's bytes and each face's directory points at its own; no other byte
 * moves. A face without a `name` table, or given no family, is left as it is.
 */
export function withFamilies(font: Uint8Array, faces: readonly FontFace[], families: readonly string[]): Uint8Array {
  const tables = faces.map((face, i) => {
    if (!face.tables.has('name') || !families[i]) return null;
    const family = new Uint8Array(Buffer.from(families[i] ?? '', 'utf16le').swap16());
    let kept = nameRecords(font, face).filter((r) => !FAMILY_IDS.has(r.id));
    // String offsets are 16 bits: should long texts (a licence, a description) not fit, only the
    // names that identify the face are kept.
    if (kept.reduce((n, r) => n + r.bytes.byteLength, family.byteLength) > 0xffff) kept = kept.filter((r) => r.id <= 6);
    return nameTable([...kept, { platform: 3, encoding: 1, language: 0x409, id: FAMILY, bytes: family }]);
  });
  const out = new Uint8Array(tables.reduce((n, t) => n + (t ? pad4(t.byteLength) : 0), pad4(font.byteLength)));
  out.set(font);
  const view = new DataView(out.buffer);
  let at = pad4(font.byteLength);
  faces.forEach((face, i) => {
    const table = tables[i];
    const record = face.tables.get('name')?.record;
    if (!table || record === undefined) return;
    out.set(table, at);
    view.setUint32(record + 4, checksum(table));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, table.byteLength);
    at += pad4(table.byteLength);
  });
  return out;
}
