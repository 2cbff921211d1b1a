import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CourseBuild, ExampleFiles } from '@coursepack/core';
import { loadCourse } from '@coursepack/core';

/** Write example files into a new temporary content folder; returns its path. */
export async function writeContentFolder(files: ExampleFiles): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'coursepack-content-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    await mkdir(path.dirname(file), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) await symlink(content.symlink, file);
    else await writeFile(file, content);
  }
  return root;
}

/** Build a course from inline files (written to a temporary folder, removed afterwards). */
export async function courseFromFiles(files: ExampleFiles): Promise<CourseBuild> {
  const root = await writeContentFolder(files);
  try {
    return await loadCourse(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
