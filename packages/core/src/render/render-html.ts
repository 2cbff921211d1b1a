import type { Root as HastRoot } from 'hast';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import type { AlertTitles } from './alerts.js';
import { ALERT_TYPES, withAlerts } from './alerts.js';
import { withCollapsibleBlocks } from './collapsible-blocks.js';
import { withInlineElements } from './inline-elements.js';

/** Render mdast nodes to sanitized HTML: raw HTML is dropped, dangerous URLs and attributes removed. */
export function renderNodesHtml(nodes: readonly RootContent[], alertTitles?: AlertTitles): string {
  const root: Root = { type: 'root', children: [...nodes] };
  return toHtml(sanitizeTree(root, alertTitles));
}

// GitHub's rules, except that ids are not prefixed a second time. With raw HTML left out, the only
// ids are those mdast-util-to-hast gives footnotes, already prefixed with `user-content-`; the
// sanitizer prefixed them again but not the links to them, so no footnote link led anywhere.
// The classes of GitHub's alerts are kept too, so that pages can show each kind as GitHub does,
// and that of the notes a rich text carries (see notes-in-text).
const SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', 'markdown-alert', ...ALERT_TYPES.map((type) => `markdown-alert-${type}`), 'footnotes'] as [string, ...string[]]],
    p: [...(defaultSchema.attributes?.['p'] ?? []), ['className', 'markdown-alert-title'] as [string, ...string[]]],
  },
};

/**
 * mdast → hast with raw HTML left out, then sanitized with GitHub's rules. GitHub's collapsed
 * blocks (`<details>`) and a few inline tags (`<sup>`, `<sub>`, `<kbd>`, `<br>` …) are the raw HTML
 * kept, as the elements they stand for (see collapsible-blocks, inline-elements), in pages and rich
 * text alike; GitHub's alerts (`> [!NOTE]`) are titled with `alertTitles` (English by default).
 */
export function sanitizeTree(root: Root, alertTitles?: AlertTitles): HastRoot {
  const hast = toHast(withInlineElements(withCollapsibleBlocks(withAlerts(root, alertTitles))), { allowDangerousHtml: false });
  return sanitize(hast, SCHEMA) as HastRoot;
}
