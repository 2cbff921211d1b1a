import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The list of files coursepack wrote into an output folder, kept in that folder, so that a later
 * build removes only its own stale outputs: never a file somebody else put beside them (an
 * output folder may be the repository root, or hold a `pdf/` folder of the author's own).
 */
const LEDGER_FILE = '.coursepack-outputs.json';

interface Ledger {
  /** Paths relative to the output folder, with `/`. */
  files: string[];
}

/** The files an earlier build wrote, or an empty list when no build (of this version) wrote the folder. */
async function readLedger(outDir: string): Promise<string[]> {
  const text = await readFile(path.join(outDir, LEDGER_FILE), 'utf8').catch(() => null);
  if (text === null) return [];
  try {
    const files = (JSON.parse(text) as Partial<Ledger>).files;
    return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

async function writeLedger(outDir: string, files: Iterable<string>): Promise<void> {
  const target = path.join(outDir, LEDGER_FILE);
  const temp = `${target}.tmp-${process.pid}`;
  const ledger: Ledger = { files: [...files].sort() };
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
  /** Files the build wrote, relative to `outDir`. */
  written: readonly string[];
  /** Modules skipped for errors: their last good outputs stay. */
  keepModules: readonly string[];
  /** A shard writes some modules only, and removes nothing. */
  shard: boolean;
}

/**
 * After a build, remove the files an earlier build wrote (as its ledger lists them) that this one
 * did not write: outputs of modules since deleted or renamed. Outputs of modules skipped for
 * errors stay, as do files of formats not built now. A shard removes nothing and adds what it
 * wrote to the ledger. Returns the removed paths, relative to `outDir`, and records the ledger.
 */
export async function removeStaleOutputs(stale: StaleOutputs): Promise<string[]> {
  const { outDir, formats, written, keepModules, shard } = stale;
  const root = path.resolve(outDir);
  const ledger = new Set(written);
  // Module files are named `<id>.<ext>` or `<id>-<what>.<ext>`.
  const isKept = (name: string) => keepModules.some((id) => name.startsWith(`${id}.`) || name.startsWith(`${id}-`));
  const removed: string[] = [];
  for (const listed of await readLedger(outDir)) {
    // A ledger is a file like any other: an entry that is not inside a format's folder is dropped, not followed.
    const full = path.resolve(root, listed);
    const parts = path.relative(root, full).split(path.sep);
    const format = parts[0];
    if (parts.length < 2 || format === undefined || format === '..' || path.isAbsolute(format)) continue;
    const file = parts.join('/');
    if (ledger.has(file)) continue;
    if (shard || !formats.includes(format) || isKept(path.basename(full))) {
      ledger.add(file);
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
