import type { FSWatcher } from 'node:fs';
import { watch } from 'node:fs';
import { isSkippedName } from '@coursepack/core';
import { contentFolders } from './content-folders.js';

/** Options of {@link watchContent}. */
export interface WatchContentOptions {
  /** Quiet time after the last change before `onChange` runs, in milliseconds (default 100). */
  delayMs?: number;
  /** A failure of the watch itself: the folder removed, or no more folders can be watched. */
  onError?: (error: unknown) => void;
}

// Folders the system cannot watch more of: worth telling, unlike one removed while being watched.
const EXHAUSTED = new Set(['ENOSPC', 'EMFILE', 'ENFILE']);

/**
 * Watch a content folder and every folder in it; `onChange` runs once the changes have settled,
 * however many files a save or a checkout touched. Each folder is watched on its own, and the set
 * is brought up to date before each `onChange`: Node 20's recursive watch on Linux follows a
 * file's inode, so it goes deaf to a file an editor saved by renaming a new copy over it.
 * Resolves, once every folder is watched, to the function that stops watching.
 */
export async function watchContent(root: string, onChange: () => void, options: WatchContentOptions = {}): Promise<() => void> {
  const delayMs = options.delayMs ?? 100;
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  let isClosed = false;
  const forget = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const follow = (folder: string) => {
    if (watchers.has(folder)) return;
    try {
      const watcher = watch(folder, (_event, name) => {
        if (name !== null && isSkippedName(name.toString())) return;
        clearTimeout(timer);
        timer = setTimeout(settle, delayMs);
      });
      // A folder removed while watched; the next update forgets it.
      watcher.on('error', () => forget(folder));
      watchers.set(folder, watcher);
    } catch (error) {
      if (EXHAUSTED.has((error as NodeJS.ErrnoException).code ?? '')) options.onError?.(error);
    }
  };
  const update = async () => {
    const folders = await contentFolders(root);
    if (isClosed) return;
    for (const folder of folders) follow(folder);
    for (const folder of [...watchers.keys()]) if (!folders.has(folder)) forget(folder);
  };
  const settle = () => {
    update().then(
      () => !isClosed && onChange(),
      (error: unknown) => !isClosed && options.onError?.(error),
    );
  };
  await update();
  return () => {
    isClosed = true;
    clearTimeout(timer);
    for (const folder of [...watchers.keys()]) forget(folder);
  };
}
