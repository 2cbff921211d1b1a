import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { temporaryPath } from './temporary-files.js';

/**
 * The list of files coursepack wrote into an output folder, kept in that folder, so that a later
 * build removes only its own stale outputs: never a file somebody else put beside them (an
 * output folder may be the repository root, or hold a `pdf/` folder of the author's own).
 */
const LEDGER_FILE = '.coursepack-outputs.json';

interface Ledger {
  /** Paths relative to the output folder, with `/`, each with the module that wrote it (null: a course file). */
  files: Record<string, string | null>;
}

/**
 * Who wrote a listed file: a module's id, null for a course file, undefined when the ledger does
 * not say (the plain list that builds before 0.1 kept).
 */
type Owner = string | null | undefined;

/** The files an earlier build wrote, or none when no build (of this version) wrote the folder. */
async function readLedger(outDir: string): Promise<Map<string, Owner>> {
  const text = await readFile(path.join(outDir, LEDGER_FILE), 'utf8').catch(() => null);
  const listed = new Map<string, Owner>();
  if (text === null) return listed;
  let files: unknown;
  try {
    files = (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    return listed;
  }
  if (Array.isArray(files)) {
    for (const f of files) if (typeof f === 'string') listed.set(f, undefined);
  } else if (files && typeof files === 'object') {
    for (const [f, owner] of Object.entries(files)) listed.set(f, typeof owner === 'string' ? owner : owner === null ? null : undefined);
  }
  return listed;
}

async function writeLedger(outDir: string, files: ReadonlyMap<string, string | null>): Promise<void> {
  const target = path.join(outDir, LEDGER_FILE);
  const temp = temporaryPath(target);
  const ledger: Ledger = { files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  await mkdir(outDir, { recursive: true });
  await writeFile(temp, `${JSON.stringify(ledger, null, 1)}\n`);
  await rename(temp, target);
}

/** What a build leaves in its output folder besides the files it wrote now. */
export interface StaleOutputs {
  /** Where the files are. */
  outDir: string;
  /** Formats this build wrote: only their earlier files can be stale. */
  formats: readonly string[];
  /** Files the build wrote, relative to `outDir`, each with the module that wrote it (null: a course file). */
  written: ReadonlyMap<string, string | null>;
  /** Modules skipped for errors: their last good outputs stay. */
  keepModules: readonly string[];
  /** Keep the course files (written by no one module) this build did not write: some modules' part of them is the last good one. */
  keepCourseFiles?: boolean;
  /** A shard writes some modules only, and removes nothing. */
  shard: boolean;
}

/**
 * After a build, remove the files an earlier build wrote (as its ledger lists them) that this one
 * did not write: outputs of modules since deleted or renamed. Outputs of modules skipped for
 * errors stay (and, with `keepCourseFiles`, the course files), as do files of formats not built now. A shard removes nothing and adds what it
 * wrote to the ledger. Returns the removed paths, relative to `outDir`, and records the ledger.
 */
export async function removeStaleOutputs(stale: StaleOutputs): Promise<string[]> {
  const { outDir, formats, written, keepModules, keepCourseFiles = false, shard } = stale;
  const root = path.resolve(outDir);
  const ledger = new Map(written);
  const keep = new Set(keepModules);
  // A file is kept for its module when the ledger says which module wrote it. A ledger that does
  // not (an earlier version's) leaves only the name: module files are `<id>.<ext>` or `<id>-<what>.<ext>`.
  const isKept = (name: string, owner: Owner) => (owner === null ? keepCourseFiles : owner === undefined ? ownerByName(name, keepModules) !== null : keep.has(owner));
  const removed: string[] = [];
  for (const [listed, owner] of await readLedger(outDir)) {
    // A ledger is a file like any other: an entry that is not inside a format's folder is dropped, not followed.
    const full = path.resolve(root, listed);
    const parts = path.relative(root, full).split(path.sep);
    const format = parts[0];
    if (parts.length < 2 || format === undefined || format === '..' || path.isAbsolute(format)) continue;
    const file = parts.join('/');
    if (ledger.has(file)) continue;
    if (shard || !formats.includes(format) || isKept(path.basename(full), owner)) {
      // A kept file keeps its owner; one that an earlier version listed without one gets its best guess.
      ledger.set(file, owner ?? ownerByName(path.basename(full), keepModules));
      continue;
    }
    const existed = await rm(full).then(
      () => true,
      () => false,
    );
    if (existed) removed.push(file);
  }
  await writeLedger(outDir, ledger);
  return removed.sort();
}

/** The module whose outputs a file's name fits (`<id>.<ext>` or `<id>-<what>.<ext>`), the longest id first; null if none. */
function ownerByName(name: string, modules: readonly string[]): string | null {
  let best: string | null = null;
  for (const id of modules) if ((name.startsWith(`${id}.`) || name.startsWith(`${id}-`)) && id.length > (best?.length ?? -1)) best = id;
  return best;
}
