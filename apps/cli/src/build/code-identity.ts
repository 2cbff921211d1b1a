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

/**
 * A hash of each package folder's package.json and the files of its code folders, in an order that
 * depends on neither where the packages are installed nor how (workspace or node_modules): by
 * package.json, then by path inside the package. Shards of one CI run on different machines agree.
 */
export async function hashPackages(roots: readonly string[]): Promise<string> {
  const packages = await Promise.all(
    roots.map(async (root) => {
      const files = (await Promise.all(CODE_FOLDERS.map((f) => filesUnder(path.join(root, f))))).flat();
      const named = files.map((file) => ({ file, name: path.relative(root, file).split(path.sep).join('/') })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      // Read at once (a few hundred small files), hashed in order.
      const [manifest, ...contents] = await Promise.all([path.join(root, 'package.json'), ...named.map((n) => n.file)].map((f) => readFile(f)));
      return { manifest: manifest as Buffer, files: named.map((n, i) => ({ name: n.name, bytes: contents[i] as Buffer })) };
    }),
  );
  packages.sort((a, b) => Buffer.compare(a.manifest, b.manifest));
  const hash = createHash('sha256');
  for (const p of packages) {
    hash.update(p.manifest);
    for (const f of p.files) hash.update('\0').update(f.name).update('\0').update(f.bytes);
  }
  return hash.digest('hex');
}
