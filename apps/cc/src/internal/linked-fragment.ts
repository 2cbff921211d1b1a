import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

function visit(node: Root | Element, rewrite: (href: string) => string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const href = child.properties['href'];
    if (child.tagName === 'a' && typeof href === 'string') child.properties['href'] = rewrite(href);
    visit(child, rewrite);
  }
}

const isContent = (node: RootContent): node is ElementContent => node.type !== 'doctype';

/** Model HTML (already sanitized) as nodes, with each link rewritten for the cartridge. */
export function linkedFragment(html: string, rewrite: (href: string) => string): ElementContent[] {
  if (!html.includes('<a')) return [{ type: 'raw', value: html } as unknown as ElementContent];
  const tree = fromHtml(html, { fragment: true });
  visit(tree, rewrite);
  return tree.children.filter(isContent);
}
