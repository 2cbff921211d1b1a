/**
 * How long ago a file must have been modified for its size and modification time to tell it
 * unchanged later. One modified more recently may change again within the same tick of the file
 * system's clock, with the same size, and look as it did: only its bytes tell (Git treats such
 * files in its index as "racily clean" for the same reason).
 */
export const SETTLE_MS = 2000;

/** Whether a file modified at `mtimeMs` had settled at `now` (a time in the future never has). */
export function isSettled(mtimeMs: number, now: number): boolean {
  return mtimeMs <= now - SETTLE_MS;
}
