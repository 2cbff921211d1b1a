import type { ModuleAsset } from './types.js';

/** The folder of a package (or an export's folder) that holds a module's assets. */
export const ASSET_FOLDER = 'assets';

/** Where a package holds an asset: its `href`, decoded; the path is the asset's path in the content folder under `assets/`. */
export function assetFile(asset: ModuleAsset): string {
  return `${ASSET_FOLDER}/${asset.path}`;
}

/** Where exporters package a file of the content folder, as a URL relative to the module's pages. */
export function assetHref(path: string): string {
  return `${ASSET_FOLDER}/${path.split('/').map(encodeURIComponent).join('/')}`;
}
