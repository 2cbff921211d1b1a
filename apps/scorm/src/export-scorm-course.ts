import type { Course, Diagnostic, Module } from '@coursepack/core';
import type { AssembledResult, ExportInput, ExportOptions, ExportResult, OutputFile, ReadParts } from '@coursepack/export-kit';
import { collectFiles, mergeZips, readPart, textFile, zipFiles } from '@coursepack/export-kit';
import { buildPlayer, maxScore, playerAssets, playerData } from '@coursepack/player';
import type { ScormOptions } from './export-scorm-module.js';
import { scormManifest } from './export-scorm-module.js';
import type { ScoEntry } from './scorm-package.js';
import { safeFileName } from './scorm-package.js';

const ASSETS = 'player/';
// A module's player files, compressed once, and what its manifest entry needs, so assembling
// needs no model and compresses nothing again.
const SCO_PART = 'sco.part.json';
const SCO_FILES = 'files.zip';
const ZIP_LEVEL = 6;
const decoder = new TextDecoder();

/** The parts one module contributes to a course package: its player under `<module>/` (no runtime), zipped. */
export async function scormCourseParts(module: Module, input: ExportInput, options: ScormOptions): Promise<{ files: OutputFile[]; diagnostics: Diagnostic[] }> {
  const player = buildPlayer(module, input, { version: options.version, prefix: `${safeFileName(module.id)}/`, sharedAssets: ASSETS, folderOf: safeFileName });
  const entry = textFile(SCO_PART, JSON.stringify({ maxScore: maxScore(playerData(module)), files: player.files.map((f) => f.path).sort() }));
  return { files: [{ path: SCO_FILES, bytes: await zipFiles(player.files, { level: ZIP_LEVEL }) }, entry], diagnostics: player.diagnostics };
}

/**
 * Zip a course package from each module's parts: one SCO per module sharing one player runtime.
 * The manifest is made from a first pass over the parts; the zip reads them again as it is
 * written, so the package is never held in memory.
 */
export async function assembleScormCourse(course: Course, readParts: ReadParts, options: ScormOptions): Promise<AssembledResult> {
  const scos: ScoEntry[] = [];
  const modules: Module[] = [];
  for (const module of course.modules) {
    const entry = await readPart(readParts, module.id, SCO_PART);
    if (!entry) continue;
    const { maxScore: max, files } = JSON.parse(decoder.decode(entry.bytes)) as { maxScore: number; files: string[] };
    if (files.length === 0) continue;
    modules.push(module);
    scos.push({ key: module.key, title: module.title, href: `${safeFileName(module.id)}/index.html`, files, passingScore: module.passingScore, maxScore: max });
  }
  if (scos.length === 0) return { files: [], diagnostics: [] };
  const shared = playerAssets(ASSETS);
  const manifest = scormManifest({ identifier: 'coursepack-course', title: course.title, scos, sharedFiles: shared.map((f) => f.path).sort() }, options.version);
  async function* archives(): AsyncGenerator<Uint8Array> {
    yield await zipFiles([textFile('imsmanifest.xml', manifest), ...shared], { level: ZIP_LEVEL });
    for (const module of modules) {
      const files = await readPart(readParts, module.id, SCO_FILES);
      if (files) yield files.bytes;
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
