import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { QtiWriteContext } from '../qti-profile.js';

type Moves = Pick<QtiWriteContext, 'imageSrc' | 'linkHref'>;

function visit(node: Root | Element, moves: Moves): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const { src, href } = child.properties;
    if (child.tagName === 'img' && typeof src === 'string' && moves.imageSrc) child.properties['src'] = moves.imageSrc(src);
    if (child.tagName === 'a' && typeof href === 'string' && moves.linkHref) child.properties['href'] = moves.linkHref(href);
    visit(child, moves);
  }
}

/**
 * Model HTML as an item shows it: each image's `src` and each link's `href` where the package holds
 * the file (as is without `imageSrc` and `linkHref`).
 */
export function itemHtml(html: string, ctx: Moves): string {
  const images = ctx.imageSrc !== undefined && html.includes('<img');
  const links = ctx.linkHref !== undefined && html.includes('<a ');
  if (!images && !links) return html;
  const tree = fromHtml(html, { fragment: true });
  visit(tree, ctx);
  return toHtml(tree);
}
