import type { Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/** Render mdast nodes to sanitized HTML: raw HTML is dropped, dangerous URLs and attributes removed. */
export function renderNodesHtml(nodes: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml(sanitizeTree(root));
}

/** mdast → hast with raw HTML left out, then sanitized with GitHub's rules. */
export function sanitizeTree(root: Root): HastRoot {
  const hast = toHast(root, { allowDangerousHtml: false });
  return sanitize(hast) as HastRoot;
}
