import { realpath, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeContentFolder } from '@coursepack/test-kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

// Folders the file system refuses to list, as it does one without read permission: injected,
// since chmod means nothing to a test run as root. `listing` refuses only the course listing's
// calls (with file types), as for a folder closed after the command checked it.
const refused = vi.hoisted(() => new Map<string, 'always' | 'listing'>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = ((dir: string, options?: { withFileTypes?: boolean }) => {
    const when = refused.get(String(dir));
    if (when === undefined || (when === 'listing' && options?.withFileTypes !== true)) return fs.readdir(dir, options as never);
    return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES', syscall: 'scandir', path: dir }));
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const REVIEW = (n: number) => `# 06. Module ${n} Review — Fine\n\n## Completion gate\n\n- [ ] Done.\n`;

let root = '';
let cwd = '';
beforeEach(async () => {
  root = await realpath(await writeContentFolder({ 'm1/06_revision.md': REVIEW(1), 'closed/m2/06_revision.md': REVIEW(2) }));
  cwd = path.dirname(root);
});
afterEach(async () => {
  refused.clear();
  await rm(root, { recursive: true, force: true });
});

describe('a content folder with a folder that cannot be read', () => {
  it('is reported by validate and inspect as a problem at that folder, not as a bug', async () => {
    refused.set(path.join(root, 'closed'), 'always');
    const name = path.basename(root);
    const validate = await runCli(['validate', name, '--format', 'json'], cwd);
    expect(validate.code).toBe(1);
    expect((JSON.parse(validate.stdout) as { file: string; code: string; message: string }[]).map((d) => [d.file, d.code, d.message])).toEqual([
      [`${name}/closed`, 'file-unreadable', '`closed` was skipped: the folder cannot be read (permission denied; check its permissions)'],
    ]);
    expect(validate.stderr).toBe('');
    const inspect = await runCli(['inspect', name], cwd);
    expect(inspect.code).toBe(1);
    expect(inspect.stdout).toMatch(/^.* — 1 module\n/);
    expect(inspect.stderr).toContain(`${name}/closed\n  1:1-1:1  error    \`closed\` was skipped`);
    expect(inspect.stderr).not.toContain('bug in coursepack');
  });

  it('lets build export the other modules and report the folder, not a failure to write', async () => {
    refused.set(path.join(root, 'closed'), 'always');
    const build = await runCli(['build', root, '--format', 'json', '--out', path.join(root, 'dist'), '--no-cache'], cwd);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('1 of 1 module(s) exported');
    expect(build.stderr).toContain('file-unreadable');
    expect(build.stderr).not.toMatch(/could not write|bug in coursepack/);
  });

  it('is a usage error naming the folder when it is the content folder itself', async () => {
    refused.set(root, 'always');
    for (const args of [['validate', root], ['inspect', root], ['build', root, '--format', 'json', '--out', path.join(root, 'dist'), '--no-cache']]) {
      const run = await runCli(args, cwd);
      expect([run.code, run.stderr]).toEqual([2, `coursepack ${args[0]}: \`${root}\` cannot be read (permission denied; check its permissions)\n`]);
    }
  });

  it('says build could not read the content when the content folder is closed after the check', async () => {
    refused.set(root, 'listing');
    const build = await runCli(['build', root, '--format', 'json', '--out', path.join(root, 'dist'), '--no-cache'], cwd);
    expect(build.code).toBe(2);
    expect(build.stderr).toMatch(/^coursepack build: could not read the content \(EACCES: permission denied, scandir '.*'\); the previous outputs were left as they were\n$/);
  });
});
