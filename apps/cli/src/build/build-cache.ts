import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Module } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import type { FormatFiles, ModuleResult } from './process-module.js';

/** A content-hash cache of module results: diagnostics, model, outputs and parts. */
export interface BuildCache {
  read: (key: string) => Promise<ModuleResult | null>;
  write: (key: string, result: ModuleResult) => Promise<void>;
}

interface Record {
  moduleId: string;
  diagnostics: ModuleResult['diagnostics'];
  module: Module | null;
  outputs: { format: string; paths: string[] }[];
  parts: { format: string; paths: string[] }[];
}

/** A cache in a folder: `<dir>/<key[0..2]>/<key>/record.json` and the files beside it. */
export function createBuildCache(dir: string): BuildCache {
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
  return {
    async read(key) {
      const root = entry(key);
      let record: Record;
      try {
        record = JSON.parse(await readFile(path.join(root, 'record.json'), 'utf8')) as Record;
      } catch {
        return null;
      }
      try {
        return { moduleId: record.moduleId, diagnostics: record.diagnostics, module: record.module, outputs: await load(root, 'out', record.outputs), parts: await load(root, 'parts', record.parts) };
      } catch {
        return null;
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
    },
  };
}
