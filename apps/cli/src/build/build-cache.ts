import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Module } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import type { FormatFiles, ModuleResult } from './process-module.js';
import { temporaryPath } from './temporary-files.js';

/** A cached module: its result without file bytes, and where its files are. */
export interface CacheEntry {
  /** Diagnostics and model; `outputs` and `parts` are empty (see below). */
  result: ModuleResult;
  /**
   * Output files per format, as paths inside the format folder and the cached file, with the
   * cached file's stat (read when the entry was checked).
   */
  outputs: { format: string; files: { path: string; file: string; stat: Stats }[] }[];
  /** Read one format's parts (only the one at `path`, when given). */
  parts: (format: string, path?: string) => Promise<OutputFile[]>;
}

/** A content-hash cache of module results: diagnostics, model, outputs and parts. */
export interface BuildCache {
  /**
   * A module's entry without reading its files, so outputs can be linked instead of copied; null
   * when there is none, or when an output file is no longer as it was written (see `write`).
   */
  entry: (key: string) => Promise<CacheEntry | null>;
  /** Read a module's parts, without checking its outputs (for modules this build just wrote). */
  parts: (key: string) => Promise<CacheEntry['parts'] | null>;
  /** Store a module's result; returns where its output files now are (see `CacheEntry.outputs`). */
  write: (key: string, result: ModuleResult) => Promise<CacheEntry['outputs']>;
  /** Remember a piece of course-level output by a key (see `ExportOptions.memo`). */
  memo: (key: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array>;
}

interface Record {
  moduleId: string;
  diagnostics: ModuleResult['diagnostics'];
  module: Module | null;
  links: ModuleResult['links'];
  assets: ModuleResult['assets'];
  /** Output files per format, each with its size and modification time once written. */
  outputs: { format: string; paths: string[]; stamps: [size: number, mtimeMs: number][] }[];
  /** Part files per format, each with its size once written. */
  parts: { format: string; paths: string[]; sizes: number[] }[];
}

// Outputs are hard links to the cached files, so an output edited in place edits its cached file
// too. Size and modification time are checked before a cached file is linked again, the way make
// and git tell a changed file, without reading it: an edited entry is rebuilt, not spread.
const sameStamp = (s: Stats, [size, mtimeMs]: [number, number]) => s.size === size && s.mtimeMs === mtimeMs;

// A memo file starts with the SHA-256 digest of the piece it keeps.
const DIGEST_BYTES = 32;

/**
 * A cache in a folder: `<dir>/<key[0..2]>/<key>/record.json` and the files beside it, and
 * remembered pieces in `<dir>/memo/`. `salt` (the coursepack version) is part of every memo key.
 */
export function createBuildCache(dir: string, salt: string): BuildCache {
  const entry = (key: string) => path.join(dir, key.slice(0, 2), key);
  // Writes each set's files under root/kind; with `stamped` (outputs, which get linked), returns
  // their stats set by set. Parts are only ever read back by this cache, so they need none.
  const store = async (root: string, kind: string, sets: FormatFiles[], stamped = false) => {
    const stats: Stats[][] = [];
    for (const set of sets) {
      const written: Stats[] = [];
      for (const f of set.files) {
        const file = path.join(root, kind, set.format, f.path);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, f.bytes);
        if (stamped) written.push(await stat(file));
      }
      stats.push(written);
    }
    return stats;
  };
  const load = async (root: string, kind: string, sets: { format: string; paths: string[] }[]): Promise<FormatFiles[]> =>
    Promise.all(sets.map(async (s) => ({ format: s.format, files: await Promise.all(s.paths.map(async (p): Promise<OutputFile> => ({ path: p, bytes: new Uint8Array(await readFile(path.join(root, kind, s.format, p))) }))) })));
  // Keeps only where the parts are, not the record, so a build can hold it for every module.
  const partsReader = (root: string, sets: Record['parts']) => async (format: string, only?: string) => {
    const wanted = sets.filter((s) => s.format === format).map((s) => ({ ...s, paths: only === undefined ? s.paths : s.paths.filter((p) => p === only) }));
    return (await load(root, 'parts', wanted))[0]?.files ?? [];
  };
  const readRecord = async (key: string): Promise<Record | null> => {
    try {
      return JSON.parse(await readFile(path.join(entry(key), 'record.json'), 'utf8')) as Record;
    } catch {
      return null;
    }
  };
  return {
    async entry(key) {
      const record = await readRecord(key);
      // A record without links (or without their images) was written before those were checked;
      // one without assets, before they were packaged.
      if (!record || record.links === undefined || (record.links !== null && record.links.images === undefined) || record.assets === undefined || record.outputs.some((s) => s.stamps?.length !== s.paths.length)) return null;
      const root = entry(key);
      // Parts are read only after every module is in, when a module can no longer be rebuilt: a part
      // file gone or cut short (a disk full, a cache restored in part) makes the entry a miss now.
      const partsIntact = await Promise.all(
        record.parts.flatMap((s) => s.paths.map(async (p, i) => (await stat(path.join(root, 'parts', s.format, p)).catch(() => null))?.size === s.sizes?.[i])),
      );
      if (partsIntact.includes(false)) return null;
      const outputs = await Promise.all(
        record.outputs.map(async (s) => ({
          format: s.format,
          files: await Promise.all(
            s.paths.map(async (p, i) => {
              const file = path.join(root, 'out', s.format, p);
              const found = await stat(file).catch(() => null);
              return found && sameStamp(found, s.stamps[i] as [number, number]) ? { path: p, file, stat: found } : null;
            }),
          ),
        })),
      );
      if (outputs.some((s) => s.files.includes(null))) return null;
      return {
        result: { moduleId: record.moduleId, diagnostics: record.diagnostics, module: record.module, links: record.links, assets: record.assets, outputs: [], parts: [] },
        outputs: outputs as CacheEntry['outputs'],
        parts: partsReader(root, record.parts),
      };
    },
    async parts(key) {
      const record = await readRecord(key);
      return record ? partsReader(entry(key), record.parts) : null;
    },
    async memo(key, make) {
      const file = path.join(dir, 'memo', createHash('sha256').update(salt).update('\0').update(key).digest('hex'));
      // Each piece is kept after the digest of its bytes: one cut short or changed on disk is made again, never used.
      const stored = await readFile(file).catch(() => null);
      if (stored && stored.byteLength >= DIGEST_BYTES) {
        const bytes = stored.subarray(DIGEST_BYTES);
        if (createHash('sha256').update(bytes).digest().equals(stored.subarray(0, DIGEST_BYTES))) return new Uint8Array(bytes);
      }
      const bytes = await make();
      await mkdir(path.dirname(file), { recursive: true });
      const temp = temporaryPath(file);
      await writeFile(temp, [createHash('sha256').update(bytes).digest(), bytes]);
      await rename(temp, file);
      return bytes;
    },
    async write(key, result) {
      const root = entry(key);
      const temp = temporaryPath(root);
      await rm(temp, { recursive: true, force: true });
      // Renaming the folder into place below keeps every file's modification time.
      const stats = await store(temp, 'out', result.outputs, true);
      await store(temp, 'parts', result.parts);
      const record: Record = {
        moduleId: result.moduleId,
        diagnostics: result.diagnostics,
        module: result.module,
        links: result.links,
        assets: result.assets,
        outputs: result.outputs.map((s, i) => ({ format: s.format, paths: s.files.map((f) => f.path), stamps: (stats[i] ?? []).map((st) => [st.size, st.mtimeMs] as [number, number]) })),
        parts: result.parts.map((s) => ({ format: s.format, paths: s.files.map((f) => f.path), sizes: s.files.map((f) => f.bytes.byteLength) })),
      };
      await mkdir(temp, { recursive: true });
      await writeFile(path.join(temp, 'record.json'), JSON.stringify(record));
      await rm(root, { recursive: true, force: true });
      await mkdir(path.dirname(root), { recursive: true });
      await rename(temp, root);
      return record.outputs.map((s, i) => ({ format: s.format, files: s.paths.map((p, j) => ({ path: p, file: path.join(root, 'out', s.format, p), stat: stats[i]?.[j] as Stats })) }));
    },
  };
}
