import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** Parse a subcommand's arguments; unknown options become a usage error, not a stack trace. */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The value of `--jobs`: absent, or a whole number of at least 1. */
export function readJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs must be a whole number of at least 1');
  return jobs;
}

/**
 * The one content folder a command reads (`.` when none is given). A second is a usage error: it
 * is most often a value whose option was forgotten (`build content json`), which must not pass.
 */
export function readContentPath(positionals: readonly string[]): string {
  const [target = '.', ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`one content folder at a time; \`${extra.join(' ')}\` is left over (options start with --)`);
  return target;
}
