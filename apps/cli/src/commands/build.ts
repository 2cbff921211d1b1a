import path from 'node:path';
import type { Io } from '../io.js';
import { VERSION } from '../main.js';
import { parseOptions, readContentPath, readJobs } from '../parse-options.js';
import { FORMAT_NAMES, readFormats } from '../build/formats.js';
import { runBuild } from '../build/run-build.js';
import { readShard } from '../build/select-shard.js';
import { stopCleanlyOnSignal } from '../build/stop-on-signal.js';
import { formatStylish } from '../report/format-stylish.js';
import { relativeDiagnostics } from '../report/relative-diagnostics.js';
import { UsageError } from '../usage-error.js';
import { checkFolder, checkWritableFolder } from './check-folder.js';
import { isFileSystemRefusal } from './file-system-refusal.js';

/** Where the content-hash cache lives unless `--cache-dir` says otherwise. */
export const DEFAULT_CACHE_DIR = '.coursepack-cache';

const HELP = `Usage: coursepack build [path] --format <formats> [options]

Validate a content folder and export every module without errors.

Options:
  --format <list>      comma-separated: ${FORMAT_NAMES.join(', ')}; or all
  --out <dir>          output folder (default dist); each format writes to <dir>/<format>/
  --scorm-course       also write one SCORM package with a SCO per module
  --paper <size>       a4 (default) or letter, for pdf
  --positions          include source positions in json
  --cc-version <v>     1.1 (default) or 1.3, for cc
  --cache-dir <dir>    content-hash cache of module results (default .coursepack-cache)
  --no-cache           rebuild every module
  --shard <i/n>        build only shard i of n (modules dealt out by id); course-level outputs
                       (cc, course.json, course.pdf …) come from an unsharded build
  --jobs <n>           processes at work at once, booklet typesetters included (default: one per core
                       when there are more than 8 modules)
  -h, --help           show this help

Outputs are written to temporary files and renamed into place only when the build succeeds.
Exit status: 0 all modules exported, 1 some modules had errors (they are listed), 2 usage or internal error.
`;

/** `coursepack build`: validate and export. */
export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    'scorm-course': { type: 'boolean' },
    paper: { type: 'string' },
    positions: { type: 'boolean' },
    'cc-version': { type: 'string' },
    'cache-dir': { type: 'string' },
    'no-cache': { type: 'boolean' },
    shard: { type: 'string' },
    jobs: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const formats = readFormats(values.format);
  if (values.paper !== undefined && values.paper !== 'a4' && values.paper !== 'letter') throw new UsageError('--paper must be a4 or letter');
  const ccVersion = values['cc-version'];
  if (ccVersion !== undefined && ccVersion !== '1.1' && ccVersion !== '1.3') throw new UsageError('--cc-version must be 1.1 or 1.3');
  const target = readContentPath(positionals);
  const root = path.resolve(io.cwd, target);
  await checkFolder(root, target);
  const outDir = path.resolve(io.cwd, values.out ?? 'dist');
  const cacheDir = values['no-cache'] ? null : path.resolve(io.cwd, values['cache-dir'] ?? DEFAULT_CACHE_DIR);
  await checkWritableFolder(outDir, '--out');
  if (cacheDir) await checkWritableFolder(cacheDir, '--cache-dir');
  const shard = readShard(values.shard);
  const jobs = readJobs(values.jobs);

  // Stopped part-way (Ctrl-C, a CI timeout), a build clears what it began, as a failed one does.
  const places = { outDir, formats: [...new Set([...FORMAT_NAMES, ...formats])], cacheDir };
  const outcome = await stopCleanlyOnSignal(places, () => runBuild({
    root,
    outDir,
    formats,
    cacheDir,
    shard,
    ...(jobs === undefined ? {} : { jobs }),
    options: {
      toolVersion: VERSION,
      paper: values.paper === 'letter' ? 'letter' : 'a4',
      positions: values.positions === true,
      scormCourse: values['scorm-course'] === true,
      ccVersion: ccVersion === '1.3' ? '1.3' : '1.1',
    },
  }).catch((error: unknown) => {
    if (!isFileSystemRefusal(error)) throw error;
    const doing = isReading(error.path, root, [outDir, cacheDir]) ? 'could not read the content' : 'could not write the outputs';
    throw new UsageError(`${doing} (${error.message}); the previous outputs were left as they were`);
  }), (message) => io.stderr.write(message));
  io.stderr.write(formatStylish(relativeDiagnostics(outcome.diagnostics, root, io.cwd), io.isTty === true));
  const shownOut = path.relative(io.cwd, outDir) || '.';
  for (const format of formats) io.stdout.write(`${format.padEnd(10)} ${String(outcome.written[format] ?? 0).padStart(4)} file(s) in ${shownOut}/${format}/\n`);
  if (outcome.removed.length > 0) io.stdout.write(`removed ${outcome.removed.length} file(s) of modules no longer in the course: ${outcome.removed.join(', ')}\n`);
  for (const s of outcome.skipped) {
    io.stderr.write(`skipped ${s.module}: ${s.reason.message} (${s.reason.code}, ${path.relative(io.cwd, path.resolve(root, s.reason.place.file))}:${s.reason.place.line}:${s.reason.place.column})\n`);
  }
  const { total, selected, built, cached } = outcome.modules;
  const scope = shard ? ` (shard ${shard.index}/${shard.count}: ${selected} of ${total})` : '';
  io.stdout.write(`${selected - outcome.skipped.length} of ${selected} module(s) exported${scope}; ${built} built, ${cached} from the cache\n`);
  return outcome.skipped.length > 0 || outcome.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}


/** Whether a refused path is one the build reads (in the content folder) rather than writes (outputs and cache, which may lie inside it). */
function isReading(file: string | undefined, root: string, written: readonly (string | null)[]): boolean {
  const isIn = (dir: string) => file !== undefined && !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));
  return isIn(root) && !written.some((dir) => dir !== null && isIn(dir));
}
