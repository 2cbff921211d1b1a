import type { ModuleAsset } from '@coursepack/core';

/** Rewrites the image sources of one file of a package and remembers which assets it showed. */
export interface ImageSources {
  /** The `src` to write for a `src` of the model: module assets moved by `place`, anything else as it is. */
  imageSrc: (src: string) => string;
  /** The assets met so far, in the module's order. */
  shown: () => ModuleAsset[];
}

/** Image sources for a file showing `assets` (a module's), each asset's `src` being `place(asset)`. */
export function imageSources(assets: readonly ModuleAsset[], place: (asset: ModuleAsset) => string): ImageSources {
  const byHref = new Map(assets.map((a) => [a.href, a]));
  const met = new Set<ModuleAsset>();
  return {
    imageSrc: (src) => {
      const asset = byHref.get(src);
      if (!asset) return src;
      met.add(asset);
      return place(asset);
    },
    shown: () => assets.filter((a) => met.has(a)),
  };
}
