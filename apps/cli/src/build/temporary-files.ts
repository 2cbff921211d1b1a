import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

// Every file or folder a build writes before renaming it into place is named `<final>.tmp-<pid>`,
// with `-<tag>` when one process writes the same path more than once: so a later build can tell
// one left by a build that was killed part-way, and whose it was.
const TEMPORARY = /\.tmp-(\d+)(?:-[0-9a-z]+)?$/;

/** The temporary name beside `final` that this process writes it under (`tag`: lower-case letters and digits). */
export function temporaryPath(final: string, tag?: string): string {
  return `${final}.tmp-${process.pid}${tag ? `-${tag}` : ''}`;
}

/** Whether a name is a temporary one of another process: left by a build killed part-way, once no other build holds the folder. */
function isLeftover(name: string): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && pid !== String(process.pid);
}

// Scratch folders a build without a cache keeps its modules' parts in, inside the output folder.
export const SCRATCH_PREFIX = '.coursepack-build-';

/**
 * Remove what builds killed part-way (Ctrl-C, a CI timeout) left in the output folder: temporary
 * files in its format folders and beside the ledger, which would otherwise stay for good and be
 * uploaded with the outputs, and scratch folders. Run while holding the folder's lock, so no other
 * build's are live. Only `formats` folders are walked: an output folder may be a repository's root.
 */
export async function removeLeftoverOutputs(outDir: string, formats: readonly string[]): Promise<void> {
  const top = await readdir(outDir).catch(() => [] as string[]);
  const found = top.filter((name) => isLeftover(name) || name.startsWith(SCRATCH_PREFIX)).map((name) => path.join(outDir, name));
  for (const format of formats) {
    const entries = await readdir(path.join(outDir, format), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile() && isLeftover(entry.name)) found.push(path.join(entry.parentPath, entry.name));
  }
  await Promise.all(found.map((file) => rm(file, { recursive: true, force: true })));
}

/**
 * Remove the temporary entries and remembered pieces killed builds left in a cache
 * (`<dir>/<key[0..2]>/<key>.tmp-<pid>`, `<dir>/memo/<hash>.tmp-<pid>`): one level down, so the
 * cached files themselves are never walked. Run while holding the cache's lock.
 */
export async function removeLeftoverCacheFiles(cacheDir: string): Promise<void> {
  const found: string[] = [];
  for (const folder of await readdir(cacheDir).catch(() => [] as string[])) {
    const dir = path.join(cacheDir, folder);
    for (const name of await readdir(dir).catch(() => [] as string[])) if (isLeftover(name)) found.push(path.join(dir, name));
  }
  await Promise.all(found.map((file) => rm(file, { recursive: true, force: true })));
}
