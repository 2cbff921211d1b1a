import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { placeOf } from './place-of.js';
import type { Place } from './types.js';
import { isExternalUrl } from './resolve-reference.js';

/** A relative link that does not point at a markdown file: a candidate link to a module or a download. */
export interface LinkCandidate {
  href: string;
  text: string;
  place: Place;
  /** Make the tree link to `url` instead (a reference becomes an inline link, its definition untouched). */
  retarget: (url: string) => void;
}


/** What a document links to and shows: its links to modules, and its images from the content folder. */
export interface DocumentLinks {
  links: LinkCandidate[];
  images: ImageCandidate[];
  /** Relative links to markdown files (`05_hands_on_lab.md`, `../m2/02_explainer.md#sec-1`). */
  pages: { href: string; place: Place }[];
}

/** An image the markdown shows from a relative path: `![alt](img/d.png)`, or by a reference to a definition. */
export interface ImageCandidate {
  src: string;
  place: Place;
  /** Make the tree show the image from `url` instead (a reference becomes an inline image, its definition untouched). */
  show: (url: string) => void;
}

/**
 * Every relative link of a document (to markdown files apart) and every image whose source is a
 * relative path (not a URL), each in order, in one walk of the tree.
 */
export function readLinks(tree: Root, file: string): DocumentLinks {
  const definitions = new Map<string, Definition>();
  const linked: (Link | LinkReference)[] = [];
  const shown: (Image | ImageReference)[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link' || node.type === 'linkReference') linked.push(node);
    else if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    else if (node.type === 'image' || node.type === 'imageReference') shown.push(node);
    // A link's children are walked too: they may hold an image.
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  // A definition may come after the link or image that uses it, so references are resolved once all are seen.
  const urlOf = (node: Link | LinkReference | Image | ImageReference): string => (node.type === 'link' || node.type === 'image' ? node.url : (definitions.get(node.identifier)?.url ?? '')).trim();
  const links: LinkCandidate[] = [];
  const pages: DocumentLinks['pages'] = [];
  for (const link of linked) {
    const href = urlOf(link);
    const path = href.split('#')[0] ?? '';
    if (href === '' || isExternalUrl(href)) continue;
    if (/\.md$/i.test(path)) pages.push({ href, place: placeOf(link, file) });
    else links.push({ href, text: toString(link), place: placeOf(link, file), retarget: (url) => pointAt(link, url, definitions) });
  }
  const images: ImageCandidate[] = [];
  for (const image of shown) {
    const src = urlOf(image);
    if (src !== '' && !isExternalUrl(src)) images.push({ src, place: placeOf(image, file), show: (url) => pointAt(image, url, definitions) });
  }
  return { links, images, pages };
}

/**
 * Make a link or an image lead to `url`. A reference (`[text][id]`, `![alt][id]`) becomes an inline
 * link or image of its own, with its definition's title: the definition may serve others too.
 */
function pointAt(node: Link | LinkReference | Image | ImageReference, url: string, definitions: Map<string, Definition>): void {
  if (node.type === 'link' || node.type === 'image') {
    node.url = url;
    return;
  }
  const title = definitions.get(node.identifier)?.title ?? null;
  const type = node.type === 'linkReference' ? 'link' : 'image';
  const fields = node as unknown as Record<string, unknown>;
  for (const key of ['identifier', 'label', 'referenceType']) delete fields[key];
  Object.assign(fields, { type, url, title });
}
