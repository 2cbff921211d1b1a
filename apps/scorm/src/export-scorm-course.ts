import type { Course, Diagnostic, Module } from '@coursepack/core';
import type { AssembledResult, ExportInput, ExportOptions, ExportResult, OutputFile, ReadParts } from '@coursepack/export-kit';
import { collectFiles, textFile, zipStream } from '@coursepack/export-kit';
import { buildPlayer, maxScore, playerAssets, playerData } from '@coursepack/player';
import type { ScormOptions } from './export-scorm-module.js';
import { scormManifest } from './export-scorm-module.js';
import type { ScoEntry } from './scorm-package.js';
import { safeFileName } from './scorm-package.js';

const ASSETS = 'player/';
// Beside a module's player files, what its manifest entry needs, so assembling needs no model.
const SCO_PART = 'sco.part.json';
const decoder = new TextDecoder();

/** The files one module contributes to a course package: its player under `<module>/`, no runtime. */
export function scormCourseParts(module: Module, input: ExportInput, options: ScormOptions): { files: OutputFile[]; diagnostics: Diagnostic[] } {
  const player = buildPlayer(module, input, { version: options.version, prefix: `${safeFileName(module.id)}/`, sharedAssets: ASSETS, folderOf: safeFileName });
  const entry = textFile(SCO_PART, JSON.stringify({ maxScore: maxScore(playerData(module)) }));
  return { files: [...player.files, entry], diagnostics: player.diagnostics };
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
    const all = await readParts(module.id);
    const entry = all.find((f) => f.path === SCO_PART);
    const parts = all.filter((f) => f !== entry);
    if (!entry || parts.length === 0) continue;
    modules.push(module);
    const href = `${safeFileName(module.id)}/index.html`;
    const { maxScore: max } = JSON.parse(decoder.decode(entry.bytes)) as { maxScore: number };
    scos.push({ key: module.key, title: module.title, href, files: parts.map((f) => f.path).sort(), passingScore: module.passingScore, maxScore: max });
  }
  if (scos.length === 0) return { files: [], diagnostics: [] };
  const shared = playerAssets(ASSETS);
  const manifest = scormManifest({ identifier: 'coursepack-course', title: course.title, scos, sharedFiles: shared.map((f) => f.path).sort() }, options.version);
  async function* entries(): AsyncGenerator<OutputFile> {
    yield textFile('imsmanifest.xml', manifest);
    yield* [...shared].sort(byPath);
    for (const module of modules) yield* (await readParts(module.id)).filter((f) => f.path !== SCO_PART).sort(byPath);
  }
  return { files: [{ path: 'course.zip', stream: () => zipStream(entries, { level: 6 }) }], diagnostics: [] };
}

const byPath = (a: OutputFile, b: OutputFile): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The whole course as one SCORM package (`course.zip`) when `scormCourse` is set; else no files. */
export async function exportScormCourse(input: ExportInput, options: ScormOptions & Pick<ExportOptions, 'scormCourse'>): Promise<ExportResult> {
  if (!options.scormCourse) return { files: [], diagnostics: [] };
  const parts = new Map(input.course.modules.map((m) => [m.id, scormCourseParts(m, input, options)]));
  const result = await collectFiles(await assembleScormCourse(input.course, async (id) => parts.get(id)?.files ?? [], options));
  return { files: result.files, diagnostics: [...parts.values()].flatMap((p) => p.diagnostics) };
}
