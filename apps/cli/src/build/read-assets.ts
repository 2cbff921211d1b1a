import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSource } from '@coursepack/core';

/** An asset a module's exports were made with: its path, and a digest of its bytes (null when it could not be read). */
export interface AssetStamp {
  path: string;
  digest: string | null;
}

/** Bytes of assets by path, and what they were when read. */
export interface ReadAssets {
  bytes: Map<string, Uint8Array>;
  stamps: AssetStamp[];
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A reader of the content folder's assets: only files the listing holds (so only inside the
 * folder, symlinks checked when it was listed) are read; any other path, or a file gone since,
 * has no bytes and a null digest.
 */
export function assetReader(root: string, listing: Pick<ContentSource, 'otherFiles'>): (paths: readonly string[]) => Promise<ReadAssets> {
  const listed = new Set(listing.otherFiles ?? []);
  return async (paths) => {
    const bytes = new Map<string, Uint8Array>();
    const stamps = await Promise.all(
      paths.map(async (p): Promise<AssetStamp> => {
        if (!listed.has(p)) return { path: p, digest: null };
        const read = await readFile(path.join(root, ...p.split('/'))).catch(() => null);
        if (!read) return { path: p, digest: null };
        const b = new Uint8Array(read.buffer, read.byteOffset, read.byteLength);
        bytes.set(p, b);
        return { path: p, digest: digest(b) };
      }),
    );
    return { bytes, stamps };
  };
}

/** Whether the assets a cached module was exported with are still as they were. */
export async function assetsUnchanged(read: (paths: readonly string[]) => Promise<ReadAssets>, stamps: readonly AssetStamp[]): Promise<boolean> {
  if (stamps.length === 0) return true;
  const now = await read(stamps.map((s) => s.path));
  return now.stamps.every((s, i) => s.digest === stamps[i]?.digest);
}
