import archiver from 'archiver';
import { imageKind } from '@coursepack/core';
import type { OutputFile } from './contract.js';

/** Options of {@link zipFiles}. */
export interface ZipOptions {
  /** Deflate level 0–9 (default 9). */
  level?: number;
}

// DOS time has no zone: building the date from local fields makes every machine write 1980-01-01.
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** Whether deflating a file's bytes would spend time for nothing: a PNG, JPEG, GIF or WebP image is compressed already. */
function compressedAlready(bytes: Uint8Array): boolean {
  const kind = imageKind(bytes);
  return kind !== null && kind !== 'svg';
}

/**
 * Why an entry name would not stay inside the archive when unpacked, or null when it is a plain
 * relative path. The zip format wants `/` between folders and no drive or leading slash (APPNOTE
 * 4.4.17); a `..` folder would let an unpacker write beside the archive's folder ("zip slip").
 */
export function unsafeEntryReason(path: string): string | null {
  if (path === '') return 'it is empty';
  if (path.includes('\\')) return 'it holds a backslash';
  if (path.includes('\0')) return 'it holds a NUL character';
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return 'it is absolute';
  if (path.split('/').some((segment) => segment === '..' || segment === '.' || segment === '')) return 'it has an empty, . or .. folder';
  return null;
}

/**
 * Zip files deterministically: entries sorted by path, fixed dates and modes. Images that are
 * compressed already are stored as they are (deflating a PNG makes it a few bytes larger). An entry
 * name that could leave the archive's folder (see {@link unsafeEntryReason}) is refused. Large
 * archives are made of these with {@link mergeZips}, so the whole of one is never compressed in
 * one place.
 */
export async function zipFiles(files: readonly OutputFile[], options: ZipOptions = {}): Promise<Uint8Array> {
  const archive = archiver('zip', { zlib: { level: options.level ?? 9 }, forceLocalTime: true });
  const chunks: Buffer[] = [];
  archive.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    archive.on('end', () => resolve());
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const seen = new Set<string>();
  for (const file of sorted) {
    const unsafe = unsafeEntryReason(file.path);
    if (unsafe) throw new Error(`zipFiles: refusing the entry ${JSON.stringify(file.path)}: ${unsafe}`);
    if (seen.has(file.path)) throw new Error(`zipFiles: duplicate entry ${file.path}`);
    seen.add(file.path);
    archive.append(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), { name: file.path, date: FIXED_DATE, mode: 0o644, store: compressedAlready(file.bytes) });
  }
  await archive.finalize();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
