import type { Module, ModuleAsset } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import type { ExportInput, OutputFile } from '@coursepack/export-kit';
import { moduleFiles, zipFiles } from '@coursepack/export-kit';
import { assetIdent } from '@coursepack/qti12';
import type { CartridgeResource } from './write-cc-manifest.js';

/** An image or download of the cartridge, as the part of a module showing or linking to it records it. */
export interface CartridgeAsset {
  /** Identifier of its `webcontent` resource: from the file's path, so alike in every module. */
  identifier: string;
  /** Path in the cartridge: `assets/` and the path in the content folder (pages reach it as `../assets/…`). */
  file: string;
  /** Name of the module part that holds it, zipped alone. */
  part: string;
}

/** What a module contributes of its images: their records and their parts, one small zip each. */
export interface CartridgeAssetParts {
  assets: CartridgeAsset[];
  files: OutputFile[];
}

/**
 * The module's images and downloads that have bytes. Each is zipped alone, so that the cartridge,
 * assembled from every module's parts, can copy a file shown by several modules once (two copies
 * of one entry would make a broken zip) without compressing anything again.
 */
export async function cartridgeAssetParts(module: Module, input: Pick<ExportInput, 'assets'>, level: number): Promise<CartridgeAssetParts> {
  const out: CartridgeAssetParts = { assets: [], files: [] };
  for (const [index, asset] of moduleFiles(module).entries()) {
    const bytes = input.assets?.get(asset.path);
    if (!bytes) continue;
    const record = { identifier: assetIdent(asset), file: assetFile(asset), part: `asset-${index}.zip` };
    out.assets.push(record);
    out.files.push({ path: record.part, bytes: await zipFiles([{ path: record.file, bytes }], { level }) });
  }
  return out;
}

/** Identifiers of the shown assets that the cartridge holds, for a resource's dependencies. */
export function shownAssets(shown: readonly ModuleAsset[], held: readonly CartridgeAsset[]): string[] {
  const ids = new Set(held.map((a) => a.identifier));
  return shown.map(assetIdent).filter((id) => ids.has(id));
}

/** The `webcontent` resource listing an image of the cartridge. */
export function assetResource(asset: CartridgeAsset): CartridgeResource {
  return { identifier: asset.identifier, type: 'webcontent', href: asset.file, files: [asset.file], dependencies: [] };
}
