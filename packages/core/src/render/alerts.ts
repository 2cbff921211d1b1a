import type { Blockquote, Paragraph, Root, RootContent } from 'mdast';
import type { Labels } from '../model/labels.js';
import { DEFAULT_LABELS, labelOther } from '../model/labels.js';
import { mapBlocks } from './map-blocks.js';

/** The kinds of GitHub's alerts (`> [!NOTE]`), as their class names spell them. */
export const ALERT_TYPES = ['note', 'tip', 'important', 'warning', 'caution'] as const;

/** A kind of alert. */
export type AlertType = (typeof ALERT_TYPES)[number];

/** The title each kind of alert shows, in the course's language. */
export type AlertTitles = Record<AlertType, string>;

/** The titles of alerts in a course's labels (`alertNote` …). */
export function alertTitles(labels: Labels): AlertTitles {
  return {
    note: labelOther(labels.alertNote),
    tip: labelOther(labels.alertTip),
    important: labelOther(labels.alertImportant),
    warning: labelOther(labels.alertWarning),
    caution: labelOther(labels.alertCaution),
  };
}

/** The titles in English, as GitHub shows them. */
export const ENGLISH_ALERT_TITLES = alertTitles(DEFAULT_LABELS);

// The marker alone on the quote's first line, as GitHub reads it (in any case).
const MARKER = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\r\n|\r|\n|$)/i;

/** The kind of alert a quote is (`> [!TIP]` on its first line), or null for a plain quote. */
export function alertType(node: RootContent): AlertType | null {
  if (node.type !== 'blockquote') return null;
  const first = node.children[0];
  const text = first?.type === 'paragraph' ? first.children[0] : undefined;
  const marker = text?.type === 'text' ? MARKER.exec(text.value) : null;
  return marker ? (marker[1]!.toLowerCase() as AlertType) : null;
}

/**
 * An alert as the element GitHub makes of it: `<div class="markdown-alert markdown-alert-tip">`
 * holding a title (`<p class="markdown-alert-title">Tip</p>`) and the quote without its marker.
 */
function asAlert(quote: Blockquote, type: AlertType, titles: AlertTitles): RootContent {
  const [first, ...rest] = quote.children as [Paragraph, ...Blockquote['children']];
  const [text, ...inline] = first.children;
  const value = text?.type === 'text' ? text.value.replace(MARKER, '') : '';
  const remaining = value === '' ? inline : [{ ...text!, value } as typeof inline[number], ...inline];
  const title: Paragraph = { type: 'paragraph', data: { hProperties: { className: ['markdown-alert-title'] } }, children: [{ type: 'text', value: titles[type] }] };
  const body = remaining.length > 0 ? [{ ...first, children: remaining }, ...rest] : rest;
  return { ...quote, data: { hName: 'div', hProperties: { className: ['markdown-alert', `markdown-alert-${type}`] } }, children: [title, ...withAlertsIn(body, titles)] } as RootContent;
}

/** `blocks` with GitHub's alerts made elements (see {@link withAlerts}); the array given is returned when it holds none. */
export function withAlertsIn(blocks: readonly RootContent[], titles: AlertTitles): readonly RootContent[] {
  return mapBlocks(blocks, (around, at) => {
    const type = alertType(around[at]!);
    return type ? { node: asAlert(around[at] as Blockquote, type, titles), end: at } : null;
  });
}

/** The tree with GitHub's alerts made elements titled in the course's language; the tree given is left as it is (and returned when it has none). */
export function withAlerts(root: Root, titles: AlertTitles = ENGLISH_ALERT_TITLES): Root {
  const children = withAlertsIn(root.children, titles);
  return children === root.children ? root : { ...root, children: children as Root['children'] };
}
