import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { QtiWriteContext } from '../qti-profile.js';

function visit(node: Root | Element, imageSrc: (src: string) => string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const src = child.properties['src'];
    if (child.tagName === 'img' && typeof src === 'string') child.properties['src'] = imageSrc(src);
    visit(child, imageSrc);
  }
}

/** Model HTML as an item shows it: each image's `src` where the package holds the file (as is without `imageSrc`). */
export function itemHtml(html: string, ctx: Pick<QtiWriteContext, 'imageSrc'>): string {
  const { imageSrc } = ctx;
  if (!imageSrc || !html.includes('<img')) return html;
  const tree = fromHtml(html, { fragment: true });
  visit(tree, imageSrc);
  return toHtml(tree);
}
