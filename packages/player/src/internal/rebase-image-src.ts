import type { ModuleAsset } from '@coursepack/core';

// An `<img …>` start tag as serialized HTML writes it: text escapes `<`, and a quoted value may hold `>`.
const IMG_TAG = /<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const SRC = /(\ssrc=")([^"]*)"/i;

/**
 * A page's HTML with each image of the module's assets shown from `base` + its href (`../` when the
 * page sits in a folder of a package that keeps the images once, in its root `assets/`). Only the
 * `src` of an `<img>` whose value is exactly an asset's href changes; a remote image, or the same
 * words in text (where serializing escapes `<`), stays as it is.
 */
export function rebaseImageSrc(html: string, assets: readonly ModuleAsset[], base: string): string {
  if (base === '' || assets.length === 0) return html;
  const hrefs = new Set(assets.map((a) => a.href));
  return html.replace(IMG_TAG, (tag) => tag.replace(SRC, (attribute, lead: string, src: string) => (hrefs.has(src) ? `${lead}${base}${src}"` : attribute)));
}
