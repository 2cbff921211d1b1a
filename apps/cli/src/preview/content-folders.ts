import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isSkippedName } from '@coursepack/core';


/**
 * Every folder of a content folder that can hold its files, by real path, the root included:
 * skipped names left out, symlinked folders followed while they stay inside the root. A folder
 * that goes away during the walk is left out.
 */
export async function contentFolders(root: string): Promise<Set<string>> {
  const realRoot = await realpath(root);
  const found = new Set<string>([realRoot]);
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      let folder = path.join(dir, entry.name);
      if (entry.isSymbolicLink()) {
        const target = await realpath(folder).catch(() => null);
        const isFolder = target !== null && (await stat(target).catch(() => null))?.isDirectory() === true;
        if (!isFolder || !target.startsWith(realRoot + path.sep)) continue;
        folder = target;
      } else if (!entry.isDirectory()) continue;
      if (found.has(folder)) continue;
      found.add(folder);
      await walk(folder);
    }
  };
  await walk(realRoot);
  return found;
}
