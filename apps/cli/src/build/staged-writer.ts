import { createWriteStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { temporaryPath, wholeCommit } from './temporary-files.js';

/**
 * Writes every output under a temporary name next to its final path and renames them all into
 * place only when the whole build succeeded, so a failed build leaves the previous output intact.
 */
export interface StagedWriter {
  write: (relativePath: string, bytes: Uint8Array) => Promise<void>;
  /** Stage a file written piece by piece as its chunks come. */
  writeStream: (relativePath: string, chunks: AsyncIterable<Uint8Array>) => Promise<void>;
  /**
   * Stage a copy of an existing file (a hard link when the file system allows it); when the
   * output already is that file (linked by an earlier build), there is nothing to do. `sourceStat`
   * spares a stat when the caller has just read it.
   */
  writeFrom: (relativePath: string, source: string, sourceStat?: Stats) => Promise<void>;
  /** Rename everything into place; returns every output path of this build, relative to `outDir` (with `/`). */
  commit: () => Promise<string[]>;
  abort: () => Promise<void>;
}

/** Create a staged writer rooted at `outDir`; paths that would leave it are refused. */
export function createStagedWriter(outDir: string): StagedWriter {
  const root = path.resolve(outDir);
  const staged = new Map<string, string>();
  // Outputs that already hold the right bytes (the same file as their cached source).
  const kept = new Set<string>();
  const folders = new Map<string, Promise<unknown>>();
  const tag = Date.now().toString(36);
  const claim = (relativePath: string) => {
    const final = path.resolve(root, relativePath);
    if (!final.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${relativePath}`);
    if (staged.has(final) || kept.has(final)) throw new Error(`two outputs share the path ${relativePath}`);
    return final;
  };
  // The temporary name is unique to this run (pid and time), so nothing is there to clear first.
  const prepare = async (relativePath: string) => {
    const final = claim(relativePath);
    const temp = temporaryPath(final, tag);
    staged.set(final, temp);
    const dir = path.dirname(final);
    if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
    await folders.get(dir);
    return temp;
  };
  return {
    async write(relativePath, bytes) {
      await writeFile(await prepare(relativePath), bytes);
    },
    async writeStream(relativePath, chunks) {
      // Staged before writing, so an abort part-way removes the partial file too.
      const temp = await prepare(relativePath);
      await pipeline(Readable.from(chunks, { objectMode: false }), createWriteStream(temp));
    },
    async writeFrom(relativePath, source, sourceStat) {
      const final = path.resolve(root, relativePath);
      const [was, from] = await Promise.all([stat(final).catch(() => null), sourceStat ?? stat(source)]);
      if (was && was.ino === from.ino && was.dev === from.dev) {
        claim(relativePath);
        kept.add(final);
        return;
      }
      const temp = await prepare(relativePath);
      // The cache never changes its files in place (an entry is replaced whole), and checks them
      // before they are linked again (see build-cache), so sharing is safe.
      await link(source, temp).catch(() => copyFile(source, temp));
    },
    commit() {
      return wholeCommit(async () => {
        for (const [final, temp] of staged) {
          await rename(temp, final);
          // Renaming a hard link onto another link of the same file does nothing: drop the temporary.
          await rm(temp, { force: true });
        }
        const written = [...staged.keys(), ...kept].map((final) => path.relative(root, final).split(path.sep).join('/'));
        staged.clear();
        kept.clear();
        return written;
      });
    },
    async abort() {
      await Promise.all([...staged.values()].map((temp) => rm(temp, { force: true })));
      staged.clear();
      kept.clear();
    },
  };
}
