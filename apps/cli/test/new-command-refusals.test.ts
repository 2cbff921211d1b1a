import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

// Folders in which making a folder is refused, as in one the user may not write to: injected,
// since chmod means nothing to a test run as root.
const closed = vi.hoisted(() => new Set<string>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (syscall: string, where: string) => Object.assign(new Error(`EACCES: permission denied, ${syscall} '${where}'`), { code: 'EACCES', syscall, path: where });
  const mkdtemp = ((prefix: string, options?: never) =>
    closed.has(path.dirname(prefix)) ? Promise.reject(refuse('mkdtemp', `${prefix}1t9xKc`)) : fs.mkdtemp(prefix, options)) as typeof fs.mkdtemp;
  const mkdir = ((dir: string, options?: never) => (closed.has(path.dirname(dir)) ? Promise.reject(refuse('mkdir', dir)) : fs.mkdir(dir, options))) as typeof fs.mkdir;
  return { ...fs, mkdtemp, mkdir, default: { ...fs, mkdtemp, mkdir } };
});

const roots: string[] = [];
afterEach(async () => {
  closed.clear();
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

describe('coursepack new where the user may not write', () => {
  it('is a usage error naming the folder, not a bug, and nothing is written', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'coursepack-new-closed-'));
    roots.push(root);
    closed.add(root);
    const run = await runCli(['new', 'm1'], root);
    expect([run.code, run.stderr]).toEqual([2, 'coursepack new: could not create `m1`: permission denied on `.`; give a folder you may write in; nothing was written\n']);
    // A parent that is not there yet, in a folder closed to us.
    const nested = await runCli(['new', 'track/m1'], root);
    expect([nested.code, nested.stderr]).toEqual([2, 'coursepack new: could not create `track/m1`: permission denied on `.`; give a folder you may write in; nothing was written\n']);
    expect(await readdir(root)).toEqual([]);
  });
});
