import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingSlugger } from '../render/render-document-html.js';

/**
 * The anchor GitHub gives each heading of a page, in the page's order (a repeated heading gets
 * `-1`, `-2` …), as pages rendered from the document get them: pages built from the model give
 * the same anchors to the headings they print in its place.
 */
export function headingAnchors(tree: Root): Map<Heading, string> {
  const slugOf = headingSlugger();
  const anchors = new Map<Heading, string>();
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'heading') anchors.set(node, slugOf(toString(node, { includeImageAlt: false, includeHtml: false }).trim()));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return anchors;
}
