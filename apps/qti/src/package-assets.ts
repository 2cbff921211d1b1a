import type { Module, ModuleAsset } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import type { AssetLookup, OutputFile } from '@coursepack/export-kit';
import { linkedFile, moduleFiles } from '@coursepack/export-kit';
import type { QtiResource } from './qti-manifest.js';

/** An asset a package holds: the file, and the identifier of the `webcontent` resource that declares it. */
export interface PackagedAsset {
  asset: ModuleAsset;
  identifier: string;
  file: OutputFile;
}

/**
 * A module's files as a QTI package holds them (its images, and the downloads its questions may
 * link to), by the `href` the module's HTML shows or links to each at.
 */
export interface PackageAssets {
  packaged: ReadonlyMap<string, PackagedAsset>;
  /** Sources of the module's assets that have no bytes: their images are left out of items. */
  missing: ReadonlySet<string>;
}

/** The images one item shows and the files it links to, as its file sees them. */
export interface ItemImages {
  /** For {@link HtmlToQtiOptions.imageSource}: an asset's source relative to the item file. */
  imageSource: (src: string) => string | null;
  /** For {@link HtmlToQtiOptions.linkHref}: a packaged file's URL relative to the item file, fragment kept. */
  linkHref: (href: string) => string;
  /** The packaged files the item has shown or linked to so far, each once, in order of first use. */
  used: PackagedAsset[];
}

// A content-folder path that cannot leave the package once put under `assets/`.
function isInside(path: string): boolean {
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/**
 * The module's assets, then its downloads, that have bytes, at their `assetFile` paths
 * (`assets/…`), each declared by a `webcontent` resource `asset-<n>` (numbered in that order); an
 * image without bytes is missing. Only those an item uses go into the package.
 */
export function packageAssets(module: Pick<Module, 'assets'> & Partial<Pick<Module, 'downloads'>>, lookup: AssetLookup | undefined): PackageAssets {
  const packaged = new Map<string, PackagedAsset>();
  const missing = new Set<string>();
  for (const [index, file] of moduleFiles(module).entries()) {
    const bytes = lookup?.get(file.path);
    if (bytes && isInside(file.path)) packaged.set(file.href, { asset: file, identifier: `asset-${packaged.size + 1}`, file: { path: assetFile(file), bytes } });
    // An image without bytes is left out of the items that show it; a link to such a download is inert already.
    else if (index < module.assets.length) missing.add(file.href);
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
 * How the item at `itemFile` shows images and links to files: a packaged one from a path relative
 * to the item, a missing image not at all, anything else (an `https://` image or link) as the HTML
 * has it.
 */
export function itemImages(assets: PackageAssets, itemFile: string): ItemImages {
  const used: PackagedAsset[] = [];
  const use = (packaged: PackagedAsset, href: string): string => {
    if (!used.includes(packaged)) used.push(packaged);
    return relativeHref(itemFile, href);
  };
  const imageSource = (src: string): string | null => {
    const packaged = assets.packaged.get(src);
    if (packaged) return use(packaged, src);
    return assets.missing.has(src) ? null : src;
  };
  const linkHref = (href: string): string => {
    const { file, fragment } = linkedFile(href);
    const packaged = assets.packaged.get(file);
    return packaged ? `${use(packaged, file)}${fragment}` : href;
  };
  return { imageSource, linkHref, used };
}
