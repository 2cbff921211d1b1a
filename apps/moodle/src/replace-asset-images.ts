import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ModuleAsset } from '@coursepack/core';

/** An `<img>` of a module's HTML that shows one of the module's assets. */
export interface AssetImage {
  asset: ModuleAsset;
  /** The element as parsed (its `src` is the asset's `href`). */
  element: Element;
}

/**
 * HTML with each `<img>` that shows one of `assets` (its `src` is the asset's `href`) replaced by
 * the HTML `replace` returns for it, or kept when it returns null; everything else stays byte for
 * byte as it was, so text without such an image comes back unchanged. Images at a full address and
 * text that only looks like an image (`&#x3C;img src="…">` in code) are never touched.
 */
export function replaceAssetImages(html: string, assets: readonly ModuleAsset[], replace: (image: AssetImage) => string | null): string {
  if (assets.length === 0 || !html.includes('<img')) return html;
  const byHref = new Map(assets.map((asset) => [asset.href, asset]));
  const pieces: string[] = [];
  let at = 0;
  for (const element of images(fromHtml(html, { fragment: true }))) {
    const asset = typeof element.properties['src'] === 'string' ? byHref.get(element.properties['src']) : undefined;
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (!asset || start === undefined || end === undefined || start < at) continue;
    const replacement = replace({ asset, element });
    if (replacement === null) continue;
    pieces.push(html.slice(at, start), replacement);
    at = end;
  }
  pieces.push(html.slice(at));
  return pieces.join('');
}

// Every `<img>` of a tree, in document order.
function* images(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element' && node.tagName === 'img') yield node;
  if ('children' in node) for (const child of node.children) yield* images(child);
  if (node.type === 'element' && node.content) yield* images(node.content);
}
