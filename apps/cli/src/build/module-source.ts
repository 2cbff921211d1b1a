import type { ContentSource, RawFile } from '@coursepack/core';

/**
 * The content source one module is built from: its own files with their bytes, every other file
 * listed as known but not loaded (so links and references to it still resolve).
 */
export function moduleSource(name: string, configText: string | null, allPaths: readonly string[], own: readonly RawFile[]): ContentSource {
  const byPath = new Map(own.map((f) => [f.path, f]));
  return {
    name,
    configText,
    issues: [],
    files: allPaths.map((path) => byPath.get(path) ?? { path, bytes: null, size: 0, issue: 'not-loaded' }),
  };
}
