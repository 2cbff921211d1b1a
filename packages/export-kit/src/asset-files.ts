import type { Module, ModuleAsset } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import type { ExportInput, OutputFile } from './contract.js';

/**
 * Every file of the content folder a module's packages may carry, each once, in the module's
 * order: the images it shows, then the files it links to that it does not also show.
 */
export function moduleFiles(module: Pick<Module, 'assets'> & Partial<Pick<Module, 'downloads'>>): ModuleAsset[] {
  const shown = new Set(module.assets.map((a) => a.path));
  return [...module.assets, ...(module.downloads ?? []).filter((d) => !shown.has(d.path))];
}

/**
 * A module's assets as files of a package, each at its `assetFile` path (`assets/…`, where the
 * module's HTML shows it from when the package's pages sit at its root), in the module's order.
 * Those without bytes are left out. `folder` puts them under a folder of the package instead.
 */
export function assetFiles(module: Pick<Module, 'assets'>, input: Pick<ExportInput, 'assets'>, folder = ''): OutputFile[] {
  const files: OutputFile[] = [];
  for (const asset of module.assets) {
    const bytes = input.assets?.get(asset.path);
    if (bytes) files.push({ path: `${folder ? `${folder}/` : ''}${assetFile(asset)}`, bytes });
  }
  return files;
}

/**
 * A module's downloads (files its pages link to) as files of a package, like {@link assetFiles}:
 * at `assets/…`, where the module's HTML links to them. A file the module also shows as an image
 * is left to `assetFiles`, so a package holding both has it once. For formats that carry pages;
 * a question package carries only the files its questions link to (see `linkableFiles`).
 */
export function downloadFiles(module: Pick<Module, 'assets' | 'downloads'>, input: Pick<ExportInput, 'assets'>, folder = ''): OutputFile[] {
  return assetFiles({ assets: moduleFiles(module).slice(module.assets.length) }, input, folder);
}
