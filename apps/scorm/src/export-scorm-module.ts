import type { Module } from '@coursepack/core';
import type { ExportInput, ExportResult } from '@coursepack/export-kit';
import { textFile, zipFiles } from '@coursepack/export-kit';
import type { ScormVersion } from '@coursepack/player';
import { buildPlayer } from '@coursepack/player';
import { scorm12Manifest } from './scorm12-manifest.js';
import { scorm2004Manifest } from './scorm2004-manifest.js';
import type { ScormPackage } from './scorm-package.js';
import { safeFileName } from './scorm-package.js';

/** Options of {@link exportScormModule} and {@link exportScormCourse}. */
export interface ScormOptions {
  version: ScormVersion;
}

/** The manifest of a package in the given SCORM version. */
export function scormManifest(pkg: ScormPackage, version: ScormVersion): string {
  return version === '1.2' ? scorm12Manifest(pkg) : scorm2004Manifest(pkg);
}

const sortPaths = (paths: string[]): string[] => paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** One module as a SCORM package: `<module-id>.zip` with the player as its single SCO, its images in `assets/`. */
export async function exportScormModule(module: Module, input: ExportInput, options: ScormOptions): Promise<ExportResult> {
  const player = buildPlayer(module, input, { version: options.version });
  const pkg: ScormPackage = {
    identifier: `coursepack-${module.key}`,
    title: module.title,
    scos: [{ key: module.key, title: module.title, href: player.launch, files: sortPaths(player.files.map((f) => f.path)), hasSharedImages: false, passingScore: module.passingScore, maxScore: player.maxScore }],
    sharedFiles: [],
    sharedImages: [],
  };
  const zip = await zipFiles([...player.files, textFile('imsmanifest.xml', scormManifest(pkg, options.version))], { level: 6 });
  return { files: [{ path: `${safeFileName(module.id)}.zip`, bytes: zip }], diagnostics: player.diagnostics };
}
