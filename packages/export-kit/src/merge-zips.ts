import { unsafeEntryReason } from './zip-files.js';

// Zip records (PKWARE APPNOTE 4.3): signatures and fixed sizes of the ones read or written here.
const EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const CENTRAL = 0x02014b50;
const CENTRAL_SIZE = 46;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const MAX_16 = 0xffff;
const MAX_32 = 0xffffffff;

interface Directory {
  /** Where the central directory starts: everything before it is the entries. */
  offset: number;
  records: Buffer[];
}

// The central directory of a whole archive, as zipFiles writes them (no ZIP64, no multi-disk).
function readDirectory(zip: Buffer): Directory {
  let end = -1;
  for (let i = zip.length - EOCD_SIZE; i >= Math.max(0, zip.length - EOCD_SIZE - MAX_16); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('mergeZips: not a zip archive (no end of central directory)');
  const count = zip.readUInt16LE(end + 10);
  const size = zip.readUInt32LE(end + 12);
  const offset = zip.readUInt32LE(end + 16);
  if (count === MAX_16 || size === MAX_32 || offset === MAX_32) throw new Error('mergeZips: ZIP64 archives are not supported as input');
  const records: Buffer[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error('mergeZips: damaged central directory');
    const length = CENTRAL_SIZE + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    records.push(Buffer.from(zip.subarray(at, at + length)));
    at += length;
  }
  return { offset, records };
}

function endRecords(count: number, size: number, offset: number): Buffer {
  if (count < MAX_16 && offset + size < MAX_32) {
    const eocd = Buffer.alloc(EOCD_SIZE);
    eocd.writeUInt32LE(EOCD, 0);
    eocd.writeUInt16LE(count, 8);
    eocd.writeUInt16LE(count, 10);
    eocd.writeUInt32LE(size, 12);
    eocd.writeUInt32LE(offset, 16);
    return eocd;
  }
  // More than 65,534 entries: a ZIP64 end record and its locator carry the real numbers.
  const out = Buffer.alloc(ZIP64_EOCD_SIZE + ZIP64_LOCATOR_SIZE + EOCD_SIZE);
  out.writeUInt32LE(ZIP64_EOCD, 0);
  out.writeBigUInt64LE(BigInt(ZIP64_EOCD_SIZE - 12), 4);
  out.writeUInt16LE(45, 12);
  out.writeUInt16LE(45, 14);
  out.writeBigUInt64LE(BigInt(count), 24);
  out.writeBigUInt64LE(BigInt(count), 32);
  out.writeBigUInt64LE(BigInt(size), 40);
  out.writeBigUInt64LE(BigInt(offset), 48);
  out.writeUInt32LE(ZIP64_LOCATOR, ZIP64_EOCD_SIZE);
  out.writeBigUInt64LE(BigInt(offset + size), ZIP64_EOCD_SIZE + 8);
  out.writeUInt32LE(1, ZIP64_EOCD_SIZE + 16);
  const eocd = ZIP64_EOCD_SIZE + ZIP64_LOCATOR_SIZE;
  out.writeUInt32LE(EOCD, eocd);
  out.writeUInt16LE(MAX_16, eocd + 8);
  out.writeUInt16LE(MAX_16, eocd + 10);
  out.writeUInt32LE(Math.min(size, MAX_32), eocd + 12);
  out.writeUInt32LE(MAX_32, eocd + 16);
  return out;
}

/**
 * One zip archive holding every entry of the given archives, in order, without recompressing:
 * each archive's entries are copied as they are and the central directories are joined with their
 * offsets moved. Archives are read one at a time and their bytes yielded as they come, so a large
 * course package is assembled from per-module archives (compressed once, in parallel, and cached)
 * at the speed of copying. Inputs are whole archives as {@link zipFiles} writes them.
 */
export async function* mergeZips(archives: () => AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const directory: Buffer[] = [];
  const names = new Set<string>();
  let base = 0;
  for await (const archive of archives()) {
    const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const { offset, records } = readDirectory(zip);
    if (base + offset >= MAX_32) throw new Error('mergeZips: the archive would pass 4 GiB of entries, which needs ZIP64 offsets');
    for (const record of records) {
      const name = record.toString('utf8', CENTRAL_SIZE, CENTRAL_SIZE + record.readUInt16LE(28));
      const unsafe = unsafeEntryReason(name);
      if (unsafe) throw new Error(`mergeZips: refusing the entry ${JSON.stringify(name)}: ${unsafe}`);
      if (names.has(name)) throw new Error(`mergeZips: duplicate entry ${name}`);
      names.add(name);
      record.writeUInt32LE(record.readUInt32LE(42) + base, 42);
      directory.push(record);
    }
    yield zip.subarray(0, offset);
    base += offset;
  }
  const central = Buffer.concat(directory);
  yield central;
  yield endRecords(directory.length, central.length, base);
}
