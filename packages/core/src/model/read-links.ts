import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { placeOf } from './place-of.js';
import type { Place } from './types.js';

/** A relative link that does not point at a markdown file: a candidate link to a module. */
export interface LinkCandidate {
  href: string;
  text: string;
  place: Place;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/** Every relative, non-markdown link of a document, in order. */
export function readLinks(tree: Root, file: string): LinkCandidate[] {
  const links: LinkCandidate[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      const href = node.url.trim();
      const path = href.split('#')[0] ?? '';
      if (href !== '' && !EXTERNAL.test(href) && !/\.md$/i.test(path)) links.push({ href, text: toString(node), place: placeOf(node, file) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return links;
}
