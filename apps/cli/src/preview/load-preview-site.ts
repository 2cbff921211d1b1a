import type { Diagnostic } from '@coursepack/core';
import { assetLimit, listContentFolder, loadCourse } from '@coursepack/core';
import { buildPlayer } from '@coursepack/player';
import { assetReader } from '../build/read-assets.js';

/** One module as the preview shows it: its player's files in memory and its diagnostics. */
export interface PreviewModule {
  id: string;
  title: string;
  /** The player's files by path inside the module's folder (`index.html`, `assets/m1/img/a.png`). */
  files: ReadonlyMap<string, Uint8Array>;
  diagnostics: Diagnostic[];
}

/** The course as the preview serves it. */
export interface PreviewSite {
  title: string;
  language: string;
  modules: PreviewModule[];
  /** Every diagnostic, the course's own (with no module) included. */
  diagnostics: Diagnostic[];
}

/**
 * Load a content folder and build every module's browser-only learner player in memory, each with
 * the images and downloads it shows and links to. A module with errors is built too, from what
 * parsed, so the author sees it while fixing it; an asset over its size limit has no bytes and is
 * left out, as in a package.
 */
export async function loadPreviewSite(root: string): Promise<PreviewSite> {
  // Assets are read only when the folder's listing has them, so never from outside it.
  const listing = (await listContentFolder(root)).source;
  const build = await loadCourse(root);
  const readAssets = assetReader(root, listing).read;
  const limitOf = assetLimit(build.links, build.config);
  const modules: PreviewModule[] = [];
  const diagnostics = [...build.diagnostics];
  for (const module of build.course.modules) {
    const paths = [...new Set([...module.assets, ...module.downloads].map((a) => a.path))];
    const assets = new Map<string, Uint8Array>();
    if (paths.length > 0) for (const [p, read] of (await readAssets(paths, limitOf)).files) if (read instanceof Uint8Array) assets.set(p, read);
    const player = buildPlayer(module, { course: build.course, documents: build.documents, assets }, { version: null });
    diagnostics.push(...player.diagnostics);
    modules.push({
      id: module.id,
      title: module.title,
      files: new Map(player.files.map((f) => [f.path, f.bytes])),
      diagnostics: [...build.diagnostics.filter((d) => d.module === module.id), ...player.diagnostics],
    });
  }
  return { title: build.course.title, language: build.course.language, modules, diagnostics };
}
