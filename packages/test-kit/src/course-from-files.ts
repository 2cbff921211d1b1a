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

/**
 * The bytes of every example file that is not markdown, by path: what a build reads for the images
 * modules show, to pass to exporters as `ExportInput.assets`.
 */
export function assetsOf(files: ExampleFiles): Map<string, Uint8Array> {
  const assets = new Map<string, Uint8Array>();
  for (const [rel, content] of Object.entries(files)) {
    if (rel.endsWith('.md') || typeof content === 'object' && 'symlink' in content) continue;
    assets.set(rel, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  return assets;
}
