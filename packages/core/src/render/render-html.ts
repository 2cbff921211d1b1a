import type { Root as HastRoot } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { withCollapsibleBlocks } from './collapsible-blocks.js';
import { withInlineElements } from './inline-elements.js';

/** Render mdast nodes to sanitized HTML: raw HTML is dropped, dangerous URLs and attributes removed. */
export function renderNodesHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml(sanitizeTree(root));
}

// GitHub's rules, except that ids are not prefixed a second time. With raw HTML left out, the only
// ids are those mdast-util-to-hast gives footnotes, already prefixed with `user-content-`; the
// sanitizer prefixed them again but not the links to them, so no footnote link led anywhere.
const SCHEMA = { ...defaultSchema, clobberPrefix: '' };

/**
 * mdast → hast with raw HTML left out, then sanitized with GitHub's rules. GitHub's collapsed
 * blocks (`<details>`) and a few inline tags (`<sup>`, `<sub>`, `<kbd>`, `<br>` …) are the raw HTML
 * kept, as the elements they stand for (see collapsible-blocks, inline-elements), in pages and rich
 * text alike.
 */
export function sanitizeTree(root: Root): HastRoot {
  const hast = toHast(withInlineElements(withCollapsibleBlocks(root)), { allowDangerousHtml: false });
  return sanitize(hast, SCHEMA) as HastRoot;
}
