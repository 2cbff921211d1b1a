import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_PACKAGES } from './formats.js';

// Where a package keeps what shapes its outputs: compiled code, and the files it reads at run
// time (the player's runtime and styles, the PDF templates, the model's schema).
const CODE_FOLDERS = ['dist', 'assets', 'typst', 'schema'];

/** The folder of the nearest package.json at or above `file`. */
function packageRoot(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return path.dirname(file);
    dir = up;
  }
  return dir;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  // Declarations and source maps do not run.
  return entries.filter((e) => e.isFile() && !/\.(?:d\.ts|map)$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

// The command's own package is found from this file; the others by name.
const CODE_PACKAGES = ['@coursepack/core', '@coursepack/export-kit', '@coursepack/player', ...new Set(Object.values(FORMAT_PACKAGES))];

let known: Promise<string> | null = null;

/**
 * A hash of the code of coursepack's own packages that a build runs: the command's, core's, the
 * export kit's, the player's and every exporter's. The cache keys each module on it besides the
 * version, so a build after coursepack's code changed, at the same version number (a checkout of
 * the repository, a local fix), rebuilds instead of handing back outputs the old code made.
 */
export function codeIdentity(): Promise<string> {
  known ??= (async () => {
    const roots = new Set([packageRoot(fileURLToPath(import.meta.url))]);
    for (const name of CODE_PACKAGES) {
      // A package this installation lacks (a format left out) runs in no build.
      const resolved = (() => {
        try {
          return fileURLToPath(import.meta.resolve(name));
        } catch {
          return null;
        }
      })();
      if (resolved) roots.add(packageRoot(resolved));
    }
    return hashPackages([...roots]);
  })();
  return known;
}

/** A hash of each package folder's package.json and the files of its code folders, in a fixed order. */
export async function hashPackages(roots: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const root of [...roots].sort()) {
    const files = (await Promise.all(CODE_FOLDERS.map((f) => filesUnder(path.join(root, f))))).flat().sort();
    // Read at once (a few hundred small files), hashed in order.
    const [manifest, ...contents] = await Promise.all([path.join(root, 'package.json'), ...files].map((f) => readFile(f)));
    hash.update(manifest as Buffer);
    files.forEach((file, i) => hash.update('\0').update(path.relative(root, file)).update('\0').update(contents[i] as Buffer));
  }
  return hash.digest('hex');
}
