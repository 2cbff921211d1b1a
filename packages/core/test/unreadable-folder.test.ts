import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportableModules, listContentFolder, loadCourse } from '@coursepack/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Folders the file system refuses to list, as it does one without read permission. Injected here
// rather than made with chmod, which a test run as root (as in CI containers) would not feel.
const refused = vi.hoisted(() => new Map<string, string>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readdir = ((dir: string, options: never) => {
    const code = refused.get(String(dir));
    if (code === undefined) return fs.readdir(dir, options);
    return Promise.reject(Object.assign(new Error(`${code}: permission denied, scandir '${dir}'`), { code, syscall: 'scandir', path: dir }));
  }) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

const REVIEW = '# 06. Module 1 Review — Basics\n\n## Completion gate\n\n- [ ] Done.\n';

const roots: string[] = [];
afterEach(async () => {
  refused.clear();
  await Promise.all(roots.splice(0).map((r) => rm(r, { recursive: true, force: true })));
});

async function course(): Promise<string> {
  // The walk lists folders by their real path.
  const root = await realpath(await mkdtemp(path.join(tmpdir(), 'coursepack-unreadable-')));
  roots.push(root);
  for (const dir of ['track/m1', 'track/m2', 'm3/extended_notes']) await mkdir(path.join(root, dir), { recursive: true });
  await writeFile(path.join(root, 'track/m1/06_revision.md'), REVIEW);
  await writeFile(path.join(root, 'track/m2/06_revision.md'), REVIEW);
  await writeFile(path.join(root, 'm3/extended_notes/06_revision.md'), REVIEW);
  return root;
}

describe('a folder of the content folder that cannot be listed', () => {
  it('is reported with its path as a load issue, and the rest of the course is listed', async () => {
    const root = await course();
    refused.set(path.join(root, 'track/m2'), 'EACCES');
    refused.set(path.join(root, 'm3/extended_notes'), 'ENOTDIR');
    const folder = await listContentFolder(root);
    expect(folder.source.files.map((f) => f.path)).toEqual(['track/m1/06_revision.md']);
    expect(folder.source.issues).toEqual([
      { kind: 'unreadable', path: 'm3/extended_notes', detail: 'the folder cannot be read (ENOTDIR; check that it is still there and can be opened)' },
      { kind: 'unreadable', path: 'track/m2', detail: 'the folder cannot be read (permission denied; check its permissions)' },
    ]);
  });

  it('becomes a file-unreadable error at the folder, not a crash, and the other modules still build', async () => {
    const root = await course();
    refused.set(path.join(root, 'track/m2'), 'EACCES');
    const build = await loadCourse(root);
    expect(build.diagnostics.map((d) => [d.code, d.severity, d.place.file, d.message])).toEqual([
      ['file-unreadable', 'error', 'track/m2', '`track/m2` was skipped: the folder cannot be read (permission denied; check its permissions)'],
    ]);
    expect(exportableModules(build).map((m) => m.id)).toEqual(['m3', 'm1']);
  });

  it('is still thrown for the content folder itself, which a caller checks before reading a course', async () => {
    const root = await course();
    refused.set(root, 'EACCES');
    await expect(listContentFolder(root)).rejects.toMatchObject({ code: 'EACCES' });
  });
});
