import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import { ENGLISH_ALERT_TITLES, withAlertsIn } from '../render/alerts.js';
import { renderNodesHtml } from '../render/render-html.js';
import { cleanText } from './clean-text.js';
import { withNotes } from './notes-in-text.js';
import type { RichText } from './types.js';

/** Markdown, plain text and sanitized HTML of consecutive block or inline nodes. */
export function toRichText(nodes: readonly RootContent[], file: SourceFile, endOffset?: number): RichText {
  const first = nodes[0];
  const last = nodes.at(-1);
  const start = first?.position?.start.offset ?? 0;
  const end = endOffset ?? last?.position?.end.offset ?? start;
  return richTextOf(file.text.slice(start, end).trim(), nodes, file);
}

/**
 * Rich text of `nodes` written as `markdown` in `file` (a part of it, or markdown read apart, as
 * a collapsed block's one line is): its plain text and HTML, with the file's alerts titled and the
 * footnotes it calls after it.
 */
export function richTextOf(markdown: string, nodes: readonly RootContent[], file: SourceFile): RichText {
  const isInline = nodes.every((n) => n.type !== 'paragraph' && n.type !== 'list' && n.type !== 'code' && n.type !== 'blockquote' && n.type !== 'table' && n.type !== 'heading');
  const blocks = isInline ? [{ type: 'paragraph', children: nodes as never } as RootContent] : nodes;
  const titles = file.alertTitles ?? ENGLISH_ALERT_TITLES;
  // An alert's text starts with its title, as its HTML does (rendering titles it), not with its marker.
  const text = withNotes(withAlertsIn(blocks, titles), file.footnotes, 'text')
    .map(plainText)
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
  const html = renderNodesHtml(withNotes(blocks, file.footnotes, 'html'), titles).trim();
  return { markdown: cleanText(markdown), text: cleanText(text), html: cleanText(html) };
}

/**
 * The plain text of a node, a line for each paragraph, list item and table row (cells apart by
 * ` | `): `mdast-util-to-string` alone runs the items of a list together into one word.
 */
function plainText(node: RootContent): string {
  switch (node.type) {
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'table':
      return node.children.map((child) => plainText(child)).join('\n');
    case 'tableRow':
      return node.children.map((cell) => plainText(cell)).join(' | ');
    default:
      return toString(node, { includeHtml: false });
  }
}
