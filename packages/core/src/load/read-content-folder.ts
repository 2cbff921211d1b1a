import type { Dirent } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAME, defaultConfig } from '../model/config.js';
import { unportableName } from '../model/portable-name.js';
import type { ContentSource, LoadIssue, RawFile } from './content-source.js';

/** Options of {@link readContentFolder}. */
export interface ReadContentOptions {
  /** Largest file read, in bytes; defaults to the configuration's or 2 MiB. */
  maxFileSize?: number;
}

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist']);

/**
 * Whether the listing passes over a file or folder of this name: hidden ones (`.git`, `.drafts`),
 * and `node_modules` and `dist` folders. Nothing under such a name is part of a course.
 */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}
const MODULE_FILE = /^\d+_[^/]+\.md$/i;

/** A content folder listed but not read: its files' paths, and a way to read some of them. */
export interface ContentFolder {
  /** Every file found, each `not-loaded`, with the configuration and what the walk found. */
  source: ContentSource;
  /**
   * Read listed files (by path, as in `source.files`), in the order given. A file over the size
   * limit comes back `too-large` with its size and no bytes; one that cannot be read then (removed
   * since the listing, or no permission) comes back `unreadable`.
   */
  read(paths: readonly string[]): Promise<RawFile[]>;
  /**
   * How listed files look on disk now, without reading them: each one's size and modification
   * time, or null when it cannot be looked at (removed since the listing, or no permission). Lets
   * a caller that keeps what it read tell a file unchanged without reading it again.
   */
  stamp(paths: readonly string[]): Promise<(FileStamp | null)[]>;
}

/** A listed file's size and modification time, as {@link ContentFolder.stamp} finds them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * List a content folder (read-only): every `NN_name.md` file at any depth, the paths of its other
 * files (images an author's markdown may show), and the configuration.
 * Symlinks are followed only when they stay inside the folder. Markdown is read later, as a
 * caller needs it, so a large course need never be held whole.
 */
export async function listContentFolder(root: string, options: ReadContentOptions = {}): Promise<ContentFolder> {
  const realRoot = await realpath(root);
  const issues: LoadIssue[] = [];
  const configText = await readOptional(path.join(realRoot, CONFIG_FILE_NAME));
  const maxFileSize = options.maxFileSize ?? configuredMaxSize(configText) ?? defaultConfig.maxFileSize;
  // Where each listed path is read from: the file itself, or a symlink's target inside the root.
  const found = new Map<string, string>();
  const others: string[] = [];
  const visited = new Set<string>([realRoot]);

  async function walk(dir: string, rel: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder closed to us is the author's to fix, reported as a file that cannot be read is
      // (not thrown, which would stop the whole course). The root must be readable: callers check.
      const code = (error as NodeJS.ErrnoException).code;
      if (rel === '' || typeof code !== 'string') throw error;
      const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied; check its permissions' : `${code}; check that it is still there and can be opened`;
      issues.push({ kind: 'unreadable', path: rel, detail: `the folder cannot be read (${why})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isSkippedName(entry.name)) continue;
      const abs = path.join(dir, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      // Such a name could not go into a package as it is, so the file is not used at all.
      const unportable = unportableName(entry.name);
      if (unportable) {
        issues.push({ kind: 'unportable-name', path: childRel, detail: `${unportable}; rename it` });
        continue;
      }
      let isDir = entry.isDirectory();
      let target = abs;
      if (entry.isSymbolicLink()) {
        try {
          target = await realpath(abs);
        } catch {
          issues.push({ kind: 'unreadable', path: childRel, detail: 'the symlink points nowhere' });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          issues.push({ kind: 'symlink-outside-root', path: childRel, detail: 'it points outside the content folder' });
          continue;
        }
        isDir = (await stat(target)).isDirectory();
      }
      if (isDir) {
        if (visited.has(target)) continue;
        visited.add(target);
        await walk(target, childRel);
      } else if (MODULE_FILE.test(entry.name)) {
        found.set(childRel, target);
      } else others.push(childRel);
    }
  }
  await walk(realRoot, '');

  const target = (rel: string): string => {
    const abs = found.get(rel);
    if (abs === undefined) throw new Error(`${rel} is not a listed file of the content folder`);
    return abs;
  };
  const readOne = async (rel: string): Promise<RawFile> => {
    const abs = target(rel);
    try {
      const { size } = await stat(abs);
      if (size > maxFileSize) return { path: rel, bytes: null, size, issue: 'too-large' };
      const bytes = new Uint8Array(await readFile(abs));
      return { path: rel, bytes, size: bytes.byteLength, issue: null };
    } catch (error) {
      // A file system refusal (the file is gone or closed to us) is the author's to hear about.
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      return { path: rel, bytes: null, size: 0, issue: 'unreadable' };
    }
  };
  // Several files are read at once (one after another, the 6000 files of a 1000-module course
  // took 1.2-1.4 s here, 0.9 s now); each lands in its own slot, so the order is the caller's.
  const read = (paths: readonly string[]): Promise<RawFile[]> => inSlots(paths, readOne);
  const stampOne = async (rel: string): Promise<FileStamp | null> => {
    const abs = target(rel);
    try {
      const { size, mtimeMs } = await stat(abs);
      return { size, mtimeMs };
    } catch (error) {
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      return null;
    }
  };
  const files: RawFile[] = [...found.keys()].map((rel) => ({ path: rel, bytes: null, size: 0, issue: 'not-loaded' }));
  return { source: { name: path.basename(realRoot), files, otherFiles: others, configText, issues }, read, stamp: (paths) => inSlots(paths, stampOne) };
}

/** `one` of every path, several at once, each result in its path's slot. */
async function inSlots<T>(paths: readonly string[], one: (path: string) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(paths.length);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < paths.length; i = next++) results[i] = await one(paths[i] as string);
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, lane));
  return results;
}

/** Read a whole content folder (read-only): {@link listContentFolder}, then every file it lists. */
export async function readContentFolder(root: string, options: ReadContentOptions = {}): Promise<ContentSource> {
  const folder = await listContentFolder(root, options);
  return { ...folder.source, files: await folder.read(folder.source.files.map((f) => f.path)) };
}

// Files read at once: enough to keep the disk and the thread pool busy, few enough to stay
// well under any limit on open files.
const READ_CONCURRENCY = 16;

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

function configuredMaxSize(text: string | null): number | null {
  if (text === null) return null;
  try {
    const value: unknown = (JSON.parse(text) as { maxFileSize?: unknown }).maxFileSize;
    return typeof value === 'number' && value > 0 ? value : null;
  } catch {
    return null;
  }
}
