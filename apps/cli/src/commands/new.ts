import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CourseConfig } from '@coursepack/core';
import { CONFIG_FILE_NAME, readConfig } from '@coursepack/core';
import type { Io } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { moduleFiles, titleFromFolder } from '../scaffold/module-files.js';
import { nextModuleNumber } from '../scaffold/next-module-number.js';
import { skippedFolder } from '../scaffold/skipped-folder.js';
import { UsageError } from '../usage-error.js';
import { isFileSystemRefusal } from './file-system-refusal.js';

const HELP = `Usage: coursepack new <module-folder> [options]

Create a module: its six files, in the form coursepack reads, ready to fill in. The module
validates as created: its questions cite its explainer's sections, its rubric adds up.

The files are named, and the review page's sections titled, as the course's configuration
(coursepack.config.json in the folder or any above it) names them.

Options:
  --title <title>   the module's title (default: from the folder name, 03_feature_stores → Feature Stores)
  --number <n>      the module's number in the course, as its review page's title gives it (Module 3 Review);
                    by default the next after the course's highest, when its modules are numbered
  -h, --help        show this help

The folder must not exist yet, or be empty: coursepack new never overwrites a file. Nor may it be
hidden (\`.drafts\`) or lie in node_modules or dist, folders a course never reads.
`;

/** `coursepack new`: write a new module's files, all of them or none. */
export async function newCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions(args, { title: { type: 'string' }, number: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [target, ...extra] = positionals;
  if (target === undefined) throw new UsageError('give the folder of the new module, e.g. `coursepack new content/03_feature_stores`');
  if (extra.length > 0) throw new UsageError(`one module at a time; \`${extra.join(' ')}\` is left over`);
  const folder = path.resolve(io.cwd, target);
  const title = (values.title ?? titleFromFolder(path.basename(folder))).trim();
  if (title === '' || /[\r\n]/.test(title)) throw new UsageError('--title must be one line of text');
  const given = readNumber(values.number);

  const present = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    if (error.code === 'ENOTDIR') throw new UsageError(`\`${target}\` is a file; give a folder for the new module`);
    throw refusalToCreate(error, target, io.cwd);
  });
  if (present && present.length > 0) throw new UsageError(`\`${target}\` already holds files (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}); coursepack new never overwrites, so give a new folder`);

  const course = await courseOf(path.dirname(folder));
  const skipped = skippedFolder(foldersBelow(course.root ?? io.cwd, folder));
  if (skipped) throw new UsageError(`${skipped}, so the module would never be read; give \`${target}\` another name`);
  // Without --number, a course that numbers its modules gets the next number.
  const number = given ?? (course.root === null ? null : await nextModuleNumber(course.root));
  const files = moduleFiles({ title, number }, course.config);
  await (present ? fillEmptyFolder(folder, files, target) : createFolder(folder, files, target)).catch((error: unknown) => {
    throw refusalToCreate(error, target, io.cwd);
  });
  const names = Object.keys(files);
  const numbered = given === null && number !== null ? ` as Module ${number}, the next number in the course (--number to choose another)` : '';
  io.stdout.write(`Created ${target}${numbered} with ${names.length} files: ${names.join(', ')}.\nFill them in, then run \`coursepack validate\` on the content folder.\n`);
  return 0;
}

/**
 * A new folder: written in a temporary folder beside it and renamed into place, so it holds all the
 * files or does not exist. The module's folder is made with mkdir, inside the one mkdtemp makes:
 * mkdtemp's folder is its owner's only (0700), where mkdir gives the usual permissions (the umask's).
 */
async function createFolder(folder: string, files: Record<string, string>, target: string): Promise<void> {
  await mkdir(path.dirname(folder), { recursive: true });
  // A short name of its own, so a module name near the file system's limit still fits.
  const staging = await mkdtemp(path.join(path.dirname(folder), '.coursepack-new-'));
  const module = path.join(staging, 'module');
  try {
    await mkdir(module);
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(module, name), text, { flag: 'wx' });
    await rename(module, folder).catch((error: NodeJS.ErrnoException) => {
      // Something else made the folder meanwhile: it is left as it is.
      if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST') throw new UsageError(`\`${target}\` was filled while the module was being written; nothing was changed`);
      throw error;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * An empty folder that exists (perhaps the one the command runs in): each file created only if it
 * is not there, and those written taken away again should one fail.
 */
async function fillEmptyFolder(folder: string, files: Record<string, string>, target: string): Promise<void> {
  const written: string[] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      await writeFile(path.join(folder, name), text, { flag: 'wx' });
      written.push(name);
    }
  } catch (error) {
    await Promise.all(written.map((name) => rm(path.join(folder, name), { force: true })));
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`\`${target}\` was filled while the module was being written; nothing was changed`);
    throw error;
  }
}

/** A file system refusal (no permission, a name too long) as a usage error that says what to do; any other error as it is. */
function refusalToCreate(error: unknown, target: string, cwd: string): unknown {
  if (!isFileSystemRefusal(error)) return error;
  // What was refused is listing the folder itself, or making something in the folder that holds it.
  const refused = error.path === undefined ? null : error.syscall === 'scandir' ? error.path : path.dirname(error.path);
  const why =
    error.code === 'ENAMETOOLONG' ? 'the name is too long for the file system; give a shorter one'
    : (error.code === 'EACCES' || error.code === 'EPERM') && refused !== null ? `permission denied on \`${path.relative(cwd, refused) || '.'}\`; give a folder you may write in`
    : error.message;
  return new UsageError(`could not create \`${target}\`: ${why}; nothing was written`);
}

/** The folders from `base` down to `folder`; only `folder`'s own name when it is not below `base`. */
function foldersBelow(base: string, folder: string): string[] {
  const rel = path.relative(base, folder);
  if (rel === '') return [];
  return rel.startsWith('..') || path.isAbsolute(rel) ? [path.basename(folder)] : rel.split(path.sep);
}

function readNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new UsageError('--number must be a whole number, such as 3');
  return number;
}

/**
 * The course the module joins: the nearest folder at or above `folder` with a configuration, and
 * that configuration (an unreadable one gives the defaults, which \`validate\` will report on).
 * Without one, the root is unknown (no folder above is searched for modules) and the defaults hold.
 */
async function courseOf(folder: string): Promise<{ root: string | null; config: CourseConfig }> {
  for (let dir = folder; ; dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, CONFIG_FILE_NAME), 'utf8').catch(() => null);
    if (text !== null) return { root: dir, config: readConfig(text).config };
    if (path.dirname(dir) === dir) return { root: null, config: readConfig(null).config };
  }
}
