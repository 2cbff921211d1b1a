import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSource, CourseBuild, Diagnostic, ImageRead, Module } from '@coursepack/core';
import { assetDiagnostics, assetLimit, isUnreadable, readConfig, readImageFile } from '@coursepack/core';
import { isSettled } from './settled.js';

/**
 * An asset a module's exports were made with: its path, a digest of its bytes (`size:<n>` when it
 * was over the size limit and not read, null when it could not be read), and its size and
 * modification time then, so a later build can tell it unchanged without reading it.
 */
export interface AssetStamp {
  path: string;
  digest: string | null;
  size?: number;
  mtimeMs?: number;
  /** The limit it was read up to. */
  limit?: number;
}

/** Bytes of assets by path (or only the size of one over the limit, left unread), and what they were when read. */
export interface ReadAssets {
  files: Map<string, Exclude<ImageRead, undefined>>;
  stamps: AssetStamp[];
}

/** Reads a module's assets, and tells whether those a cached module was made with are as they were. */
export interface AssetReader {
  /** Read each path up to its limit (a larger file is only measured). */
  read: (paths: readonly string[], limitOf: (path: string) => number) => Promise<ReadAssets>;
  unchanged: (stamps: readonly AssetStamp[]) => Promise<boolean>;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * A reader of the content folder's assets: only files the listing holds (so only inside the
 * folder, symlinks checked when it was listed) are read, each only up to the limit it is read with;
 * any other path, or a file gone since, has no bytes and a null digest.
 */
export function assetReader(root: string, listing: Pick<ContentSource, 'otherFiles' | 'configText'>): AssetReader {
  const listed = new Set(listing.otherFiles ?? []);
  const fallback = readConfig(listing.configText).config.maxImageSize;
  const fileOf = (p: string) => path.join(root, ...p.split('/'));
  const readOne = async (p: string, limit: number): Promise<{ stamp: AssetStamp; read?: Exclude<ImageRead, undefined> }> => {
    const file = listed.has(p) ? await readImageFile(fileOf(p), limit) : undefined;
    if (!file) return { stamp: { path: p, digest: null, limit } };
    const { read, size, mtimeMs } = file;
    // Stamped with no size: read again next time, when its permissions may have been fixed.
    if (isUnreadable(read)) return { stamp: { path: p, digest: null, limit }, read };
    const stamp: AssetStamp = { path: p, digest: read instanceof Uint8Array ? digest(read) : `size:${size}`, limit };
    // Stamped with the time the file was opened at: one written while it is read looks changed next
    // time. One modified too recently to be told unchanged by its size and time is stamped without
    // them, and read again next time.
    const whole = !(read instanceof Uint8Array) || read.byteLength === size;
    return { stamp: whole && isSettled(mtimeMs, Date.now()) ? { ...stamp, size, mtimeMs } : stamp, read };
  };
  return {
    async read(paths, limitOf) {
      const files = new Map<string, Exclude<ImageRead, undefined>>();
      const stamps = await Promise.all(
        paths.map(async (p) => {
          const one = await readOne(p, limitOf(p));
          if (one.read) files.set(p, one.read);
          return one.stamp;
        }),
      );
      return { files, stamps };
    },
    // A file whose size and modification time are those it was stamped with is taken as unchanged
    // without reading it, as the cached outputs are; any other is read again and its digest
    // compared, so a file that was only touched still counts as unchanged.
    async unchanged(stamps) {
      const same = await Promise.all(
        stamps.map(async (s) => {
          if (s.size !== undefined && s.mtimeMs !== undefined && listed.has(s.path)) {
            const now = await stat(fileOf(s.path)).catch(() => null);
            if (now && now.size === s.size && now.mtimeMs === s.mtimeMs) return true;
          }
          return (await readOne(s.path, s.limit ?? fallback)).stamp.digest === s.digest;
        }),
      );
      return same.every(Boolean);
    },
  };
}

/** A module's images and downloads as read for it: what they were, what checking them found, and the bytes of those read whole. */
export interface ModuleAssets {
  stamps: AssetStamp[];
  diagnostics: Diagnostic[];
  /** By asset path; a file over its limit (which the diagnostics report) or unreadable has none. */
  bytes: Map<string, Uint8Array>;
}

/**
 * Read and check the images `module` shows and the files it carries as downloads, named only now
 * that its markdown (`build`, see core's `moduleBuilder`) has said which they are. With
 * `downloadsMeasured`, a download is only measured (read up to 0 bytes), for a caller that needs no
 * download's bytes (validate).
 */
export async function readModuleAssets(build: CourseBuild, module: Module, read: AssetReader['read'], downloadsMeasured = false): Promise<ModuleAssets> {
  const paths = [...new Set([...module.assets, ...module.downloads].map((a) => a.path))];
  if (paths.length === 0) return { stamps: [], diagnostics: [], bytes: new Map() };
  const limits = downloadsMeasured ? { maxImageSize: build.config.maxImageSize, maxDownloadSize: 0 } : build.config;
  const assets = await read(paths, assetLimit(build.links, limits));
  const bytes = new Map<string, Uint8Array>();
  for (const [p, file] of assets.files) if (file instanceof Uint8Array) bytes.set(p, file);
  return { stamps: assets.stamps, diagnostics: assetDiagnostics(build.links, (p) => assets.files.get(p), build.config), bytes };
}
