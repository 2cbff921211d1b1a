import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CourseConfig } from '@coursepack/core';
import { CONFIG_FILE_NAME, readConfig } from '@coursepack/core';
import type { Io } from '../io.js';
import { parseOptions } from '../parse-options.js';
import { moduleFiles, titleFromFolder } from '../scaffold/module-files.js';
import { nextModuleNumber } from '../scaffold/next-module-number.js';
import { UsageError } from '../usage-error.js';

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

The folder must not exist yet, or be empty: coursepack new never overwrites a file.
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
    throw error;
  });
  if (present && present.length > 0) throw new UsageError(`\`${target}\` already holds files (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''}); coursepack new never overwrites, so give a new folder`);

  const course = await courseOf(path.dirname(folder));
  // Without --number, a course that numbers its modules gets the next number.
  const number = given ?? (course.root === null ? null : await nextModuleNumber(course.root));
  const files = moduleFiles({ title, number }, course.config);
  if (present) await fillEmptyFolder(folder, files, target);
  else await createFolder(folder, files, target);
  const names = Object.keys(files);
  const numbered = given === null && number !== null ? ` as Module ${number}, the next number in the course (--number to choose another)` : '';
  io.stdout.write(`Created ${target}${numbered} with ${names.length} files: ${names.join(', ')}.\nFill them in, then run \`coursepack validate\` on the content folder.\n`);
  return 0;
}

/** A new folder: written as a temporary folder beside it and renamed into place, so it holds all the files or does not exist. */
async function createFolder(folder: string, files: Record<string, string>, target: string): Promise<void> {
  await mkdir(path.dirname(folder), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(folder), `.${path.basename(folder)}.new-`));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(staging, name), text, { flag: 'wx' });
    await rename(staging, folder).catch((error: NodeJS.ErrnoException) => {
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
