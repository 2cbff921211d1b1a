import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

// Every file or folder a build writes before renaming it into place is named `<final>.tmp-<pid>`,
// with `-<tag>` when one process writes the same path more than once: so a later build can tell
// one left by a build that was killed part-way, and whose it was.
const TEMPORARY = /\.tmp-(\d+)(?:-[0-9a-z]+)?$/;

// Set once this process is being stopped (see stop-on-signal): it then starts no new write.
let stopping = false;
// The renaming of a build's outputs into place, under way.
let committing: Promise<unknown> | null = null;

/**
 * The temporary name beside `final` that this process writes it under (`tag`: lower-case letters
 * and digits). Once the process is being stopped there is none: the write fails.
 */
export function temporaryPath(final: string, tag?: string): string {
  if (stopping) throw new Error('the build is being stopped');
  return `${final}.tmp-${process.pid}${tag ? `-${tag}` : ''}`;
}

/** Run `commit` (renaming finished outputs into place) whole: a process stopped meanwhile waits for it, so no output folder is left half old, half new. */
export async function wholeCommit<T>(commit: () => Promise<T>): Promise<T> {
  const running = commit();
  committing = running;
  try {
    return await running;
  } finally {
    if (committing === running) committing = null;
  }
}

/** Start no new write in this process, and wait for a commit under way to end. */
export async function stopWriting(): Promise<void> {
  stopping = true;
  await committing?.catch(() => undefined);
}

/** Whose temporary files to remove: other processes' (left by builds killed part-way), or this process's own (it is being stopped). */
type Whose = 'others' | 'own';

/** Whether a name is a temporary one of another process (once no other build holds the folder, a killed build's) or of this one. */
function isTemporary(name: string, whose: Whose): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && (pid === String(process.pid)) === (whose === 'own');
}

function isScratch(name: string, whose: Whose): boolean {
  return name.startsWith(whose === 'own' ? `${SCRATCH_PREFIX}${process.pid}-` : SCRATCH_PREFIX);
}

// Scratch folders a build without a cache keeps its modules' parts in, inside the output folder.
export const SCRATCH_PREFIX = '.coursepack-build-';

/**
 * Remove what builds killed part-way (Ctrl-C, a CI timeout) left in the output folder: temporary
 * files in its format folders and beside the ledger, which would otherwise stay for good and be
 * uploaded with the outputs, and scratch folders. Run while holding the folder's lock, so no other
 * build's are live. Only `formats` folders are walked: an output folder may be a repository's root.
 * With `own`, this process's are removed instead, as it is being stopped.
 */
export async function removeLeftoverOutputs(outDir: string, formats: readonly string[], whose: Whose = 'others'): Promise<void> {
  const top = await readdir(outDir).catch(() => [] as string[]);
  const found = top.filter((name) => isTemporary(name, whose) || isScratch(name, whose)).map((name) => path.join(outDir, name));
  for (const format of formats) {
    const entries = await readdir(path.join(outDir, format), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile() && isTemporary(entry.name, whose)) found.push(path.join(entry.parentPath, entry.name));
  }
  await Promise.all(found.map((file) => rm(file, { recursive: true, force: true })));
}

/**
 * Remove the temporary entries and remembered pieces killed builds left in a cache
 * (`<dir>/<key[0..2]>/<key>.tmp-<pid>`, `<dir>/memo/<hash>.tmp-<pid>`): one level down, so the
 * cached files themselves are never walked. Run while holding the cache's lock; with `own`, this
 * process's are removed instead.
 */
export async function removeLeftoverCacheFiles(cacheDir: string, whose: Whose = 'others'): Promise<void> {
  const found: string[] = [];
  for (const folder of await readdir(cacheDir).catch(() => [] as string[])) {
    const dir = path.join(cacheDir, folder);
    for (const name of await readdir(dir).catch(() => [] as string[])) if (isTemporary(name, whose)) found.push(path.join(dir, name));
  }
  await Promise.all(found.map((file) => rm(file, { recursive: true, force: true })));
}
