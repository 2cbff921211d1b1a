import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * After a whole (unsharded) build, remove what an earlier build left in the format folders it
 * wrote — outputs of modules since deleted or renamed — but keep the last good outputs of
 * modules that were skipped for errors. Returns the removed paths, relative to `outDir`.
 */
export async function removeStaleOutputs(outDir: string, formats: readonly string[], written: readonly string[], keepModules: readonly string[]): Promise<string[]> {
  // Module files are named `<id>.<ext>` or `<id>-<what>.<ext>`.
  const isKept = (name: string) => keepModules.some((id) => name.startsWith(`${id}.`) || name.startsWith(`${id}-`));
  const fresh = new Set(written.map((p) => path.resolve(p)));
  const removed: string[] = [];
  for (const format of formats) {
    const dir = path.join(outDir, format);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isFile()) continue;
      const file = path.resolve(e.parentPath, e.name);
      if (fresh.has(file) || isKept(e.name)) continue;
      await rm(file, { force: true });
      removed.push(path.relative(outDir, file).split(path.sep).join('/'));
    }
  }
  return removed.sort();
}
