import type { Diagnostic } from '@coursepack/core';
import type { ExportInput, ExportResult, OutputFile } from '@coursepack/export-kit';
import { textFile, zipFiles } from '@coursepack/export-kit';
import { buildPlayer, playerAssets } from '@coursepack/player';
import type { ScormOptions } from './export-scorm-module.js';
import { scormManifest } from './export-scorm-module.js';
import type { ScoEntry } from './scorm-package.js';
import { safeFileName } from './scorm-package.js';

const ASSETS = 'player/';

/** The whole course as one SCORM package (`course.zip`): a SCO per module sharing one player runtime. */
export async function exportScormCourse(input: ExportInput, options: ScormOptions): Promise<ExportResult> {
  const files: OutputFile[] = [];
  const scos: ScoEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const used = new Set<string>();
  for (const module of input.course.modules) {
    let folder = safeFileName(module.id);
    for (let n = 2; used.has(folder); n++) folder = `${safeFileName(module.id)}-${n}`;
    used.add(folder);
    const player = buildPlayer(module, input, { version: options.version, prefix: `${folder}/`, withAssets: false });
    files.push(...player.files);
    diagnostics.push(...player.diagnostics);
    scos.push({ key: module.key, title: module.title, href: player.launch, files: player.files.map((f) => f.path).sort(), passingScore: module.passingScore, maxScore: player.maxScore });
  }
  if (scos.length === 0) return { files: [], diagnostics };
  const shared = playerAssets(ASSETS);
  const manifest = scormManifest({ identifier: 'coursepack-course', title: input.course.title, scos, sharedFiles: shared.map((f) => f.path).sort() }, options.version);
  const zip = await zipFiles([...files, ...shared, textFile('imsmanifest.xml', manifest)], { level: 6 });
  return { files: [{ path: 'course.zip', bytes: zip }], diagnostics };
}
