import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

interface Rewrites {
  href: (href: string) => string;
  src: ((src: string) => string) | undefined;
}

function visit(node: Root | Element, rewrites: Rewrites): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties['href'];
    if (child.tagName === 'a' && typeof href === 'string') child.properties['href'] = rewrites.href(href);
    const src = child.properties['src'];
    if (child.tagName === 'img' && rewrites.src && typeof src === 'string') child.properties['src'] = rewrites.src(src);
    visit(child, rewrites);
  }
}

const isContent = (node: RootContent): node is ElementContent => node.type !== 'doctype';

/** Model HTML (already sanitized) as nodes, with each link (and, given `imageSrc`, each image) rewritten for the cartridge. */
export function linkedFragment(html: string, rewrite: (href: string) => string, imageSrc?: (src: string) => string): ElementContent[] {
  if (!html.includes('<a') && !(imageSrc && html.includes('<img'))) return [{ type: 'raw', value: html } as unknown as ElementContent];
  const tree = fromHtml(html, { fragment: true });
  visit(tree, { href: rewrite, src: imageSrc });
  return tree.children.filter(isContent);
}
