import type { Definition, Image, ImageReference, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { placeOf } from './place-of.js';
import type { Place } from './types.js';
import { isExternalUrl } from './resolve-reference.js';

/** A relative link that does not point at a markdown file: a candidate link to a module. */
export interface LinkCandidate {
  href: string;
  text: string;
  place: Place;
}


/** What a document links to and shows: its links to modules, and its images from the content folder. */
export interface DocumentLinks {
  links: LinkCandidate[];
  images: ImageCandidate[];
}

/** An image the markdown shows from a relative path: `![alt](img/d.png)`, or by a reference to a definition. */
export interface ImageCandidate {
  src: string;
  place: Place;
  /** Make the tree show the image from `url` instead (a reference becomes an inline image, its definition untouched). */
  show: (url: string) => void;
}

/**
 * Every relative, non-markdown link of a document and every image whose source is a relative path
 * (not a URL), each in order, in one walk of the tree.
 */
export function readLinks(tree: Root, file: string): DocumentLinks {
  const links: LinkCandidate[] = [];
  const definitions = new Map<string, Definition>();
  const shown: (Image | ImageReference)[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'link') {
      const href = node.url.trim();
      const path = href.split('#')[0] ?? '';
      if (href !== '' && !isExternalUrl(href) && !/\.md$/i.test(path)) links.push({ href, text: toString(node), place: placeOf(node, file) });
    } else if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    else if (node.type === 'image' || node.type === 'imageReference') shown.push(node);
    // A link's children are walked too: they may hold an image.
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  // A definition may come after the image that uses it, so references are resolved once all are seen.
  const images: ImageCandidate[] = [];
  for (const image of shown) {
    const src = (image.type === 'image' ? image.url : (definitions.get(image.identifier)?.url ?? '')).trim();
    if (src !== '' && !isExternalUrl(src)) images.push({ src, place: placeOf(image, file), show: (url) => showFrom(image, url, definitions) });
  }
  return { links, images };
}

function showFrom(image: Image | ImageReference, url: string, definitions: Map<string, Definition>): void {
  if (image.type === 'image') {
    image.url = url;
    return;
  }
  // The definition may serve links too, so the reference is turned into an image of its own.
  const title = definitions.get(image.identifier)?.title ?? null;
  const node = image as unknown as Record<string, unknown>;
  for (const key of ['identifier', 'label', 'referenceType']) delete node[key];
  Object.assign(node, { type: 'image', url, title });
}
