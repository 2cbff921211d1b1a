import { open } from 'node:fs/promises';
import path from 'node:path';
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js';
import type { BuildModelOptions } from '../model/build-model.js';
import type { CourseBuild, ImageRead } from '../validate/build-course.js';
import { isDownloadType } from '../model/download-type.js';
import { assetDiagnostics, assetLimit, buildCourse } from '../validate/build-course.js';
import { readContentFolder } from './read-content-folder.js';

/** An image file as opened: its size and modification time then, and its bytes (or only its size when it is over the limit). */
export interface ImageFile {
  read: Exclude<ImageRead, undefined>;
  size: number;
  mtimeMs: number;
}

const UNREADABLE: ImageFile = { read: { size: 0, unreadable: true }, size: 0, mtimeMs: 0 };

/** Read an image file, only up to `limit` bytes (a larger one is not read); `unreadable` when it cannot be opened or read. */
export async function readImageFile(file: string, limit: number): Promise<ImageFile> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return UNREADABLE;
  try {
    const { size, mtimeMs } = await handle.stat();
    if (size > limit) return { read: { size }, size, mtimeMs };
    const bytes = await handle.readFile();
    return { read: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), size, mtimeMs };
  } catch {
    return UNREADABLE;
  } finally {
    await handle.close();
  }
}

/**
 * Read a content folder and build the validated course from it, with the images its modules show
 * read (each only up to `maxImageSize`) and the files they carry as downloads measured, and both
 * checked too (see `assetDiagnostics`).
 */
export async function loadCourse(root: string, options: BuildModelOptions = {}): Promise<CourseBuild> {
  const source = await readContentFolder(root);
  const build = buildCourse(source, options);
  const listed = new Set(source.otherFiles ?? []);
  const images = assetLimit(build.links, { maxImageSize: build.config.maxImageSize, maxDownloadSize: 0 });
  const found = new Map<string, ImageRead>();
  // Images are read to be checked; a download is only measured (a limit of 0 reads no byte of it).
  for (const file of build.links.flatMap((l) => [...l.images, ...(l.files ?? []).filter((f) => isDownloadType(f.path))])) {
    if (found.has(file.path) || !listed.has(file.path)) continue;
    found.set(file.path, (await readImageFile(path.join(root, ...file.path.split('/')), images(file.path)))?.read);
  }
  const problems = assetDiagnostics(build.links, (p) => found.get(p), build.config);
  return problems.length === 0 ? build : { ...build, diagnostics: sortDiagnostics([...build.diagnostics, ...problems]) };
}
