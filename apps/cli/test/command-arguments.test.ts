import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FORMAT_NAMES } from 'coursepack';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('arguments a command does not take', () => {
  it('are a usage error for every command, never silently dropped', async () => {
    for (const [args, message] of [
      [['build', 'content', 'other', '--format', 'json'], 'coursepack build: one content folder at a time; `other` is left over (options start with --)\n'],
      [['inspect', 'content', 'json'], 'coursepack inspect: one content folder at a time; `json` is left over (options start with --)\n'],
      [['preview', 'content', 'a', 'b'], 'coursepack preview: one content folder at a time; `a b` is left over (options start with --)\n'],
      [['schema', 'content'], 'coursepack schema: takes no arguments; `content` is left over\n'],
      [['schema', '--json'], "coursepack schema: Unknown option '--json'"],
      [['new', 'a', 'b'], 'coursepack new: one module at a time; `b` is left over\n'],
    ] as const) {
      const run = await runCli([...args], repo);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, '', expect.stringContaining(message)]);
    }
    // validate takes any number of folders.
    expect((await runCli(['validate', 'content', 'content', '--format', 'json'], repo)).code).toBe(0);
  });

  it('make build write nothing: an unknown format anywhere in the list, `all` or not, is named with the valid ones', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-formats-'));
    try {
      for (const list of ['all,bogus', 'bogus,all', 'json,bogus', ' all , bogus ']) {
        const run = await runCli(['build', 'content', '--format', list, '--out', out, '--no-cache'], repo);
        expect([run.code, run.stdout, run.stderr]).toEqual([2, '', `coursepack build: unknown format \`bogus\`; expected ${FORMAT_NAMES.join(', ')} or all\n`]);
      }
      expect(await readdir(out)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('still gives help for schema', async () => {
    const run = await runCli(['schema', '--help']);
    expect([run.code, run.stdout]).toEqual([0, expect.stringMatching(/^Usage: coursepack schema\n/)]);
  });
});
