import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js';
import type { BuildModelOptions } from '../model/build-model.js';
import type { CourseBuild } from '../validate/build-course.js';
import { assetDiagnostics, buildCourse } from '../validate/build-course.js';
import { readContentFolder } from './read-content-folder.js';

/**
 * Read a content folder and build the validated course from it, with the images its modules show
 * read and checked too (see `assetDiagnostics`).
 */
export async function loadCourse(root: string, options: BuildModelOptions = {}): Promise<CourseBuild> {
  const source = await readContentFolder(root);
  const build = buildCourse(source, options);
  const listed = new Set(source.otherFiles ?? []);
  const bytes = new Map<string, Uint8Array>();
  for (const image of build.links.flatMap((l) => l.images)) {
    if (bytes.has(image.path) || !listed.has(image.path)) continue;
    const read = await readFile(path.join(root, ...image.path.split('/'))).catch(() => null);
    if (read) bytes.set(image.path, new Uint8Array(read));
  }
  const problems = assetDiagnostics(build.links, (p) => bytes.get(p));
  return problems.length === 0 ? build : { ...build, diagnostics: sortDiagnostics([...build.diagnostics, ...problems]) };
}
