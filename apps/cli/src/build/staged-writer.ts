import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes every output under a temporary name next to its final path and renames them all into
 * place only when the whole build succeeded, so a failed build leaves the previous output intact.
 */
export interface StagedWriter {
  write: (relativePath: string, bytes: Uint8Array) => Promise<void>;
  commit: () => Promise<string[]>;
  abort: () => Promise<void>;
}

/** Create a staged writer rooted at `outDir`; paths that would leave it are refused. */
export function createStagedWriter(outDir: string): StagedWriter {
  const root = path.resolve(outDir);
  const staged = new Map<string, string>();
  const tag = `.tmp-${process.pid}-${Date.now().toString(36)}`;
  return {
    async write(relativePath, bytes) {
      const final = path.resolve(root, relativePath);
      if (!final.startsWith(root + path.sep)) throw new Error(`refusing to write outside the output folder: ${relativePath}`);
      if (staged.has(final)) throw new Error(`two outputs share the path ${relativePath}`);
      await mkdir(path.dirname(final), { recursive: true });
      const temp = `${final}${tag}`;
      await writeFile(temp, bytes);
      staged.set(final, temp);
    },
    async commit() {
      for (const [final, temp] of staged) await rename(temp, final);
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
