import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Module } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import type { FormatFiles, ModuleResult } from './process-module.js';

/** A cached module: its result without file bytes, and where its files are. */
export interface CacheEntry {
  /** Diagnostics and model; `outputs` and `parts` are empty (see below). */
  result: ModuleResult;
  /** Output files per format, as paths inside the format folder and the cached file. */
  outputs: { format: string; files: { path: string; file: string }[] }[];
  /** Read one format's parts (only the one at `path`, when given). */
  parts: (format: string, path?: string) => Promise<OutputFile[]>;
}

/** A content-hash cache of module results: diagnostics, model, outputs and parts. */
export interface BuildCache {
  /** A module's entry without reading its files, so outputs can be linked instead of copied. */
  entry: (key: string) => Promise<CacheEntry | null>;
  /** Store a module's result; returns where its output files now are (see `CacheEntry.outputs`). */
  write: (key: string, result: ModuleResult) => Promise<CacheEntry['outputs']>;
  /** Remember a piece of course-level output by a key (see `ExportOptions.memo`). */
  memo: (key: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array>;
}

interface Record {
  moduleId: string;
  diagnostics: ModuleResult['diagnostics'];
  module: Module | null;
  outputs: { format: string; paths: string[] }[];
  parts: { format: string; paths: string[] }[];
}

/**
 * A cache in a folder: `<dir>/<key[0..2]>/<key>/record.json` and the files beside it, and
 * remembered pieces in `<dir>/memo/`. `salt` (the coursepack version) is part of every memo key.
 */
export function createBuildCache(dir: string, salt: string): BuildCache {
  const entry = (key: string) => path.join(dir, key.slice(0, 2), key);
  const store = async (root: string, kind: string, sets: FormatFiles[]) => {
    for (const set of sets) for (const f of set.files) {
      const file = path.join(root, kind, set.format, f.path);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, f.bytes);
    }
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
      if (!record) return null;
      const root = entry(key);
      return {
        result: { moduleId: record.moduleId, diagnostics: record.diagnostics, module: record.module, outputs: [], parts: [] },
        outputs: record.outputs.map((s) => ({ format: s.format, files: s.paths.map((p) => ({ path: p, file: path.join(root, 'out', s.format, p) })) })),
        parts: partsReader(root, record.parts),
      };
    },
    async memo(key, make) {
      const file = path.join(dir, 'memo', createHash('sha256').update(salt).update('\0').update(key).digest('hex'));
      try {
        return new Uint8Array(await readFile(file));
      } catch {
        const bytes = await make();
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(`${file}.tmp-${process.pid}`, bytes);
        await rename(`${file}.tmp-${process.pid}`, file);
        return bytes;
      }
    },
    async write(key, result) {
      const root = entry(key);
      const temp = `${root}.tmp-${process.pid}`;
      await rm(temp, { recursive: true, force: true });
      await store(temp, 'out', result.outputs);
      await store(temp, 'parts', result.parts);
      const record: Record = {
        moduleId: result.moduleId,
        diagnostics: result.diagnostics,
        module: result.module,
        outputs: result.outputs.map((s) => ({ format: s.format, paths: s.files.map((f) => f.path) })),
        parts: result.parts.map((s) => ({ format: s.format, paths: s.files.map((f) => f.path) })),
      };
      await mkdir(temp, { recursive: true });
      await writeFile(path.join(temp, 'record.json'), JSON.stringify(record));
      await rm(root, { recursive: true, force: true });
      await mkdir(path.dirname(root), { recursive: true });
      await rename(temp, root);
      return record.outputs.map((s) => ({ format: s.format, files: s.paths.map((p) => ({ path: p, file: path.join(root, 'out', s.format, p) })) }));
    },
  };
}
