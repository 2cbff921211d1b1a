import { createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes every output under a temporary name next to its final path and renames them all into
 * place only when the whole build succeeded, so a failed build leaves the previous output intact.
 */
export interface StagedWriter {
  write: (relativePath: string, bytes: Uint8Array) => Promise<void>;
  /** Stage a file written piece by piece as its chunks come. */
  writeStream: (relativePath: string, chunks: AsyncIterable<Uint8Array>) => Promise<void>;
  /** Stage a copy of an existing file (a hard link when the file system allows it). */
  writeFrom: (relativePath: string, source: string) => Promise<void>;
  commit: () => Promise<string[]>;
  abort: () => Promise<void>;
}

/** Create a staged writer rooted at `outDir`; paths that would leave it are refused. */
export function createStagedWriter(outDir: string): StagedWriter {
  const root = path.resolve(outDir);
  const staged = new Map<string, string>();
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  const prepare = async (relativePath: string) => {
    const final = path.resolve(root, relativePath);
    if (!final.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${relativePath}`);
    if (staged.has(final)) throw new Error(`two outputs share the path ${relativePath}`);
    await mkdir(path.dirname(final), { recursive: true });
    const temp = `${final}${tag}`;
    await rm(temp, { force: true });
    return { final, temp };
  };
  return {
    async write(relativePath, bytes) {
      const { final, temp } = await prepare(relativePath);
      await writeFile(temp, bytes);
      staged.set(final, temp);
    },
    async writeStream(relativePath, chunks) {
      const { final, temp } = await prepare(relativePath);
      // Staged before writing, so an abort part-way removes the partial file too.
      staged.set(final, temp);
      await pipeline(Readable.from(chunks, { objectMode: false }), createWriteStream(temp));
    },
    async writeFrom(relativePath, source) {
      const { final, temp } = await prepare(relativePath);
      // Cache files are never changed in place (an entry is replaced whole), so sharing is safe.
      await link(source, temp).catch(() => copyFile(source, temp));
      staged.set(final, temp);
    },
    async commit() {
      for (const [final, temp] of staged) {
        await rename(temp, final);
        // Renaming a hard link onto another link of the same file does nothing: drop the temporary.
        await rm(temp, { force: true });
      }
      const written = [...staged.keys()];
      staged.clear();
      return written;
    },
    async abort() {
      await Promise.all([...staged.values()].map((temp) => rm(temp, { force: true })));
      staged.clear();
    },
  };
}
