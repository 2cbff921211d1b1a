import { readdir, stat } from 'node:fs/promises';
import { UsageError } from '../usage-error.js';

/** Fail with a usage error (not a stack trace) when a content path is not a folder. */
export async function checkFolder(root: string, shown: string): Promise<void> {
  const info = await stat(root).catch(() => null);
  if (!info) throw new UsageError(`\`${shown}\` does not exist`);
  if (!info.isDirectory()) throw new UsageError(`\`${shown}\` is not a folder; give the content folder that holds the modules`);
  // A folder below it that cannot be read is reported as a problem of the course; the course itself must open.
  await readdir(root).catch((error: NodeJS.ErrnoException) => {
    if (typeof error.code !== 'string') throw error;
    const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied; check its permissions' : error.code;
    throw new UsageError(`\`${shown}\` cannot be read (${why})`);
  });
}

/** Fail with a usage error when a folder a command writes to (given by `option`) is a file; one not there yet is fine. */
export async function checkWritableFolder(dir: string, option: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new UsageError(`${option} \`${dir}\` is a file; give a folder`);
}
