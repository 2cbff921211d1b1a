import { readFileSync } from 'node:fs';
import type { OutputFile } from '@coursepack/export-kit';

/** File names of the runtime assets every player page loads. */
export const PLAYER_ASSET_NAMES = ['player.css', 'player.js', 'player-state.js', 'scorm-runtime.js'] as const;

let cache: OutputFile[] | null = null;

/** The static runtime files (read once from the package's `assets/` folder), at `prefix` + name. */
export function playerAssets(prefix = ''): OutputFile[] {
  cache ??= PLAYER_ASSET_NAMES.map((name) => ({ path: name, bytes: new Uint8Array(readFileSync(new URL(`../assets/${name}`, import.meta.url))) }));
  return cache.map((f) => ({ path: `${prefix}${f.path}`, bytes: f.bytes }));
}
