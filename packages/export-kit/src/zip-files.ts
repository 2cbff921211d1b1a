import archiver from 'archiver';
import type { OutputFile } from './contract.js';

/** Options of {@link zipFiles} and {@link zipStream}. */
export interface ZipOptions {
  /** Deflate level 0–9 (default 9). */
  level?: number;
}

// DOS time has no zone: building the date from local fields makes every machine write 1980-01-01.
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);

function newArchive(options: ZipOptions): archiver.Archiver {
  return archiver('zip', { zlib: { level: options.level ?? 9 }, forceLocalTime: true });
}

function appendEntry(archive: archiver.Archiver, file: OutputFile, seen: Set<string>): void {
  if (seen.has(file.path)) throw new Error(`zip: duplicate entry ${file.path}`);
  seen.add(file.path);
  archive.append(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), { name: file.path, date: FIXED_DATE, mode: 0o644 });
}

/** Zip files deterministically: entries sorted by path, fixed dates and modes. */
export async function zipFiles(files: readonly OutputFile[], options: ZipOptions = {}): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for await (const chunk of zipStream(async function* () {
    yield* sorted;
  }, options)) {
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

// Entries handed to the compressor and not yet taken: enough to keep it busy, few enough that a
// large archive is never held in memory.
const ENTRIES_IN_FLIGHT = 8;

/**
 * Zip entries as they come, in the order they come (the caller makes it deterministic), with
 * fixed dates and modes, yielding the archive's bytes as they are compressed. Entries are pulled
 * only as fast as the archive is consumed, so memory holds a few entries, not the archive.
 */
export async function* zipStream(entries: () => AsyncIterable<OutputFile>, options: ZipOptions = {}): AsyncGenerator<Uint8Array> {
  const archive = newArchive(options);
  let appended = 0;
  let taken = 0;
  let wake: (() => void) | null = null;
  archive.on('entry', () => {
    taken++;
    wake?.();
  });
  const feed = (async () => {
    const seen = new Set<string>();
    for await (const file of entries()) {
      while (appended - taken >= ENTRIES_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      appendEntry(archive, file, seen);
      appended++;
    }
    await archive.finalize();
  })();
  // A failure while reading entries ends the archive with that error.
  feed.catch((error: unknown) => archive.destroy(error as Error));
  let failure: unknown = null;
  archive.on('warning', (error) => archive.destroy(error));
  archive.on('error', (error) => (failure = error));
  try {
    for await (const chunk of archive as AsyncIterable<Buffer>) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } finally {
    if (!archive.destroyed) archive.destroy();
  }
  await feed;
  if (failure) throw failure;
}
