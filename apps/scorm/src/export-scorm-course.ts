import type { Course, Diagnostic, Module } from '@coursepack/core';
import type { AssembledResult, ExportInput, ExportOptions, ExportResult, OutputFile, ReadParts } from '@coursepack/export-kit';
import { assetFiles, collectFiles, downloadFiles, mergeZips, readPart, textFile, zipFiles } from '@coursepack/export-kit';
import { buildPlayer, maxScore, playerAssets, playerData } from '@coursepack/player';
import type { ScormOptions } from './export-scorm-module.js';
import { scormManifest } from './export-scorm-module.js';
import type { ScoEntry } from './scorm-package.js';
import { safeFileName } from './scorm-package.js';

const ASSETS = 'player/';
// Images and downloads sit once in the package root's `assets/`, however many modules show or link to them.
const IMAGES = '';
// A module's player files, compressed once, and what its manifest entry needs, so assembling
// needs no model and compresses nothing again.
const SCO_PART = 'sco.part.json';
const SCO_FILES = 'files.zip';
// Each image is zipped alone, so a package takes one copy of an image several modules show.
const imagePart = (file: string): string => `${file}.zip`;
const ZIP_LEVEL = 6;
const decoder = new TextDecoder();

/** What a module's manifest entry needs, as its part records it. */
interface ScoPart {
  maxScore: number;
  /** The player's files (pages), sorted. */
  files: string[];
  /** The images it shows and the files it links to that have bytes, at their package path, in the module's order. */
  images: string[];
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The parts one module contributes to a course package: its player under `<module>/` (no runtime,
 * no images), zipped, and each image it shows and file it links to zipped alone, for the
 * package's root `assets/`.
 */
export async function scormCourseParts(module: Module, input: ExportInput, options: ScormOptions): Promise<{ files: OutputFile[]; diagnostics: Diagnostic[] }> {
  const player = buildPlayer(module, input, { version: options.version, prefix: `${safeFileName(module.id)}/`, sharedAssets: ASSETS, sharedImages: IMAGES, folderOf: safeFileName });
  const images = [...assetFiles(module, input, IMAGES), ...downloadFiles(module, input, IMAGES)];
  const part: ScoPart = { maxScore: maxScore(playerData(module)), files: player.files.map((f) => f.path).sort(byCodeUnit), images: images.map((f) => f.path) };
  const files: OutputFile[] = [{ path: SCO_FILES, bytes: await zipFiles(player.files, { level: ZIP_LEVEL }) }, textFile(SCO_PART, JSON.stringify(part))];
  for (const image of images) files.push({ path: imagePart(image.path), bytes: await zipFiles([image], { level: ZIP_LEVEL }) });
  return { files, diagnostics: player.diagnostics };
}

/**
 * Zip a course package from each module's parts: one SCO per module sharing one player runtime,
 * and each image once, written with the first module that shows it. An image one SCO shows is
 * among that SCO's files; one several show is in a shared asset resource they depend on. The
 * manifest is made from a first pass over the parts; the zip reads them again as it is written,
 * so the package is never held in memory.
 */
export async function assembleScormCourse(course: Course, readParts: ReadParts, options: ScormOptions): Promise<AssembledResult> {
  const included: { module: Module; part: ScoPart }[] = [];
  const shows = new Map<string, number>();
  for (const module of course.modules) {
    const entry = await readPart(readParts, module.id, SCO_PART);
    if (!entry) continue;
    // A part cached before images were packaged has no `images`.
    const recorded = JSON.parse(decoder.decode(entry.bytes)) as Omit<ScoPart, 'images'> & { images?: string[] };
    const part: ScoPart = { ...recorded, images: recorded.images ?? [] };
    if (part.files.length === 0) continue;
    included.push({ module, part });
    for (const image of part.images) shows.set(image, (shows.get(image) ?? 0) + 1);
  }
  if (included.length === 0) return { files: [], diagnostics: [] };
  const isShared = (image: string): boolean => (shows.get(image) ?? 0) > 1;
  const scos: ScoEntry[] = included.map(({ module, part }) => ({
    key: module.key,
    title: module.title,
    href: `${safeFileName(module.id)}/index.html`,
    files: [...part.files, ...part.images.filter((image) => !isShared(image))].sort(byCodeUnit),
    hasSharedImages: part.images.some(isShared),
    passingScore: module.passingScore,
    maxScore: part.maxScore,
  }));
  const shared = playerAssets(ASSETS);
  const sharedImages = [...shows.keys()].filter(isShared).sort(byCodeUnit);
  const manifest = scormManifest({ identifier: 'coursepack-course', title: course.title, scos, sharedFiles: shared.map((f) => f.path).sort(), sharedImages }, options.version);
  async function* archives(): AsyncGenerator<Uint8Array> {
    yield await zipFiles([textFile('imsmanifest.xml', manifest), ...shared], { level: ZIP_LEVEL });
    const written = new Set<string>();
    for (const { module, part } of included) {
      const files = await readPart(readParts, module.id, SCO_FILES);
      if (files) yield files.bytes;
      for (const image of part.images) {
        if (written.has(image)) continue;
        written.add(image);
        const zipped = await readPart(readParts, module.id, imagePart(image));
        if (zipped) yield zipped.bytes;
      }
    }
  }
  return { files: [{ path: 'course.zip', stream: () => mergeZips(archives) }], diagnostics: [] };
}

/** The whole course as one SCORM package (`course.zip`) when `scormCourse` is set; else no files. */
export async function exportScormCourse(input: ExportInput, options: ScormOptions & Pick<ExportOptions, 'scormCourse'>): Promise<ExportResult> {
  if (!options.scormCourse) return { files: [], diagnostics: [] };
  const parts = new Map<string, Awaited<ReturnType<typeof scormCourseParts>>>();
  for (const m of input.course.modules) parts.set(m.id, await scormCourseParts(m, input, options));
  const result = await collectFiles(await assembleScormCourse(input.course, async (id) => parts.get(id)?.files ?? [], options));
  return { files: result.files, diagnostics: [...parts.values()].flatMap((p) => p.diagnostics) };
}
