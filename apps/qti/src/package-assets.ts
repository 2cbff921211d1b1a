import type { Module, ModuleAsset } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import type { AssetLookup, OutputFile } from '@coursepack/export-kit';
import type { QtiResource } from './qti-manifest.js';

/** An asset a package holds: the file, and the identifier of the `webcontent` resource that declares it. */
export interface PackagedAsset {
  asset: ModuleAsset;
  identifier: string;
  file: OutputFile;
}

/** A module's assets as a QTI package holds them, by the `src` the module's HTML shows each from. */
export interface PackageAssets {
  packaged: ReadonlyMap<string, PackagedAsset>;
  /** Sources of the module's assets that have no bytes: their images are left out of items. */
  missing: ReadonlySet<string>;
}

/** The images one item shows, as its file sees them. */
export interface ItemImages {
  /** For {@link HtmlToQtiOptions.imageSource}: an asset's source relative to the item file. */
  imageSource: (src: string) => string | null;
  /** The packaged assets the item has shown so far, each once, in order of first use. */
  used: PackagedAsset[];
}

// A content-folder path that cannot leave the package once put under `assets/`.
function isInside(path: string): boolean {
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The module's assets that have bytes, at their `assetFile` paths (`assets/…`), each declared by a
 * `webcontent` resource `asset-<n>` (numbered in the module's order); the others are missing.
 */
export function packageAssets(module: Pick<Module, 'assets'>, lookup: AssetLookup | undefined): PackageAssets {
  const packaged = new Map<string, PackagedAsset>();
  const missing = new Set<string>();
  for (const asset of module.assets) {
    const bytes = lookup?.get(asset.path);
    if (!bytes || !isInside(asset.path)) missing.add(asset.href);
    else packaged.set(asset.href, { asset, identifier: `asset-${packaged.size + 1}`, file: { path: assetFile(asset), bytes } });
  }
  return { packaged, missing };
}

/** The `webcontent` resources that declare a package's assets, one file each. */
export function assetResources(assets: PackageAssets): QtiResource[] {
  return [...assets.packaged.values()].map((p) => ({ identifier: p.identifier, kind: 'webcontent', href: p.asset.href, title: p.asset.path }));
}

/** A URL relative to `fromFile` (a path in the package) for `href` (a URL relative to the package root). */
export function relativeHref(fromFile: string, href: string): string {
  return '../'.repeat(fromFile.split('/').length - 1) + href;
}

/**
 * How the item at `itemFile` shows images: a packaged asset from a path relative to the item, a
 * missing one not at all, anything else (an `https://` image) as the HTML has it.
 */
export function itemImages(assets: PackageAssets, itemFile: string): ItemImages {
  const used: PackagedAsset[] = [];
  const imageSource = (src: string): string | null => {
    const packaged = assets.packaged.get(src);
    if (packaged) {
      if (!used.includes(packaged)) used.push(packaged);
      return relativeHref(itemFile, src);
    }
    return assets.missing.has(src) ? null : src;
  };
  return { imageSource, used };
}
