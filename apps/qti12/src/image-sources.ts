import type { ModuleAsset } from '@coursepack/core';
import { linkedFile } from '@coursepack/export-kit';

/** Rewrites the image sources and file links of one file of a package and remembers which files it used. */
export interface ImageSources {
  /** The `src` to write for a `src` of the model: module assets moved by `place`, anything else as it is. */
  imageSrc: (src: string) => string;
  /** The `href` to write for a link of the model: a linked file moved by `place` (fragment kept), anything else as it is. */
  linkHref: (href: string) => string;
  /** The images shown and files linked to so far, in the module's order (images first). */
  shown: () => ModuleAsset[];
}

/**
 * Image sources for a file showing `assets` (a module's), each asset's `src` being `place(asset)`;
 * links to `linked` (files the package carries for links, by href: see `linkableFiles`) lead to
 * `place(file)` the same way. Without `linked`, links are left as they are.
 */
export function imageSources(assets: readonly ModuleAsset[], place: (asset: ModuleAsset) => string, linked: ReadonlyMap<string, ModuleAsset> = new Map()): ImageSources {
  const byHref = new Map(assets.map((a) => [a.href, a]));
  const met = new Set<ModuleAsset>();
  const order = [...assets, ...[...linked.values()].filter((f) => !byHref.has(f.href))];
  return {
    imageSrc: (src) => {
      const asset = byHref.get(src);
      if (!asset) return src;
      met.add(asset);
      return place(asset);
    },
    linkHref: (href) => {
      const { file, fragment } = linkedFile(href);
      const target = linked.get(file);
      if (!target) return href;
      // One record per file: an image linked to is the image.
      const record = byHref.get(target.href) ?? target;
      met.add(record);
      return `${place(record)}${fragment}`;
    },
    shown: () => order.filter((a) => met.has(a)),
  };
}
