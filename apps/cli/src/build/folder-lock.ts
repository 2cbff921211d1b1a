import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../usage-error.js';
import { temporaryPath } from './temporary-files.js';

/** The file that says a build is using a folder, holding the build's process id. */
export const LOCK_FILE = '.coursepack-lock';

/** Whether a process with this id is running (one we may not signal is running too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let claims = 0;

// Hard links are refused by some file systems (some network and FUSE mounts).
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Create the lock file holding this process's id, or false when one is there. It is written whole
 * under another name and then linked to the lock's, which fails when a lock exists: a build never
 * sees a lock half written (created, still empty), which it would take for one a killed build
 * left, and remove from under the build writing it.
 */
async function createLock(file: string): Promise<boolean> {
  const temp = temporaryPath(file, `c${(claims++).toString(36)}`);
  await writeFile(temp, `${process.pid}\n`);
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.has(code)) throw error;
  } finally {
    await rm(temp, { force: true });
  }
  // Without hard links: created and written in one call, read by others with patience (see holderOf).
  try {
    await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The process id a lock holds; NaN when it is gone or holds none, after waiting a moment for one being written. */
async function holderOf(file: string): Promise<number> {
  for (let look = 0; look < 5; look++) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) return Number.NaN;
    if (text.trim() !== '') return Number(text.trim());
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Number.NaN;
}

/**
 * Claim `dir` for this build, so that two builds never write the same output folder or cache at
 * once: the first to finish would remove the other's scratch files and outputs mid-build. A lock
 * left by a build that was killed (its process is gone) is taken over. `what` names the folder in
 * the message (`the output folder dist`). Resolves to the function that releases the claim.
 */
export async function lockFolder(dir: string, what: string): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createLock(file)) return () => rm(file, { force: true });
    const holder = await holderOf(file);
    // Another build of this process (a library caller) holds it as surely as another process does.
    if (Number.isSafeInteger(holder) && holder > 0 && (holder === process.pid || isRunning(holder))) {
      throw new UsageError(`another coursepack build (process ${holder}) is using ${what}; wait for it to finish or use another folder (if no build is running, remove ${file})`);
    }
    await rm(file, { force: true });
  }
  throw new UsageError(`could not claim ${what}: ${file} keeps coming back; is another build starting at the same time?`);
}

/** Remove `dir`'s lock if this process holds it: for a build being stopped, whose own release will not run. */
export async function releaseIfHeld(dir: string): Promise<void> {
  const file = path.join(dir, LOCK_FILE);
  const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (holder === process.pid) await rm(file, { force: true });
}
