import { rmdir } from 'node:fs/promises';
import path from 'node:path';
import { releaseIfHeld } from './folder-lock.js';
import { removeLeftoverCacheFiles, removeLeftoverOutputs, stopWriting } from './temporary-files.js';

/** Where a build writes what it has not finished: its output folder (and the format folders in it walked), and its cache. */
export interface BuildPlaces {
  outDir: string;
  formats: readonly string[];
  cacheDir: string | null;
}

const CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Run `work` (a build) so that Ctrl-C or a CI job's timeout (SIGINT, SIGTERM) stops it at once
 * and clears what it had begun: its temporary outputs and scratch folder, its half-written cache
 * entries, its empty format folders and its locks; the earlier outputs stay as they were (outputs
 * being renamed into place are renamed all first). `told` says so; the process then exits with
 * 128 + the signal's number. A second signal while clearing exits at once. A write that outlasts
 * the clearing is cleared by the next build.
 */
export async function stopCleanlyOnSignal<T>(places: BuildPlaces, work: () => Promise<T>, told: (message: string) => void, exit: (code: number) => void = (code) => process.exit(code)): Promise<T> {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    const code = CODES[signal] ?? 1;
    if (stopping) return exit(code);
    stopping = true;
    void clear(places)
      .then(() => told(`coursepack: stopped (${signal}); the outputs in ${places.outDir} are as the last finished build left them\n`))
      .finally(() => exit(code));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    // Once stopping, the build's end (its writes now fail) is not reported: the process exits when clear.
    return await new Promise<T>((resolve, reject) => {
      work().then(
        (value) => (stopping ? undefined : resolve(value)),
        (error: unknown) => (stopping ? undefined : reject(error)),
      );
    });
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

// Writes already under way when writing stopped land within moments: cleared by a second look.
const SETTLE_WRITES_MS = 50;

async function clear({ outDir, formats, cacheDir }: BuildPlaces): Promise<void> {
  await stopWriting();
  const remove = () => Promise.allSettled([removeLeftoverOutputs(outDir, formats, 'own'), cacheDir ? removeLeftoverCacheFiles(cacheDir, 'own') : null]);
  await remove();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_WRITES_MS));
  await remove();
  // Format folders the stopped build made and left empty; one holding anything is not removed.
  await Promise.allSettled(formats.map((format) => rmdir(path.join(outDir, format))));
  await Promise.allSettled([releaseIfHeld(outDir), cacheDir ? releaseIfHeld(cacheDir) : null]);
}
