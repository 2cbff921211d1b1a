import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import type { BlockLabel, QuoteLabels } from './quote-labels.js';
import { toRichText } from './rich-text.js';
import type { RichText } from './types.js';

/** Read a blockquote as feedback or a model answer, with its leading label (`Correct:`, or the course's own) removed. */
export function readLabelledBlock(block: Blockquote, file: SourceFile, labels: QuoteLabels): { label: BlockLabel; text: RichText } {
  const [first, ...rest] = block.children;
  const m = first?.type === 'paragraph' ? labels.start.exec(toString(first)) : null;
  if (!m || first?.type !== 'paragraph') return { label: null, text: toRichText(block.children, file) };
  const label = labels.kindOf(m[1] ?? '');
  const stripped = withoutLabel(first, labels.start);
  const nodes: RootContent[] = stripped.children.length > 0 ? [stripped, ...rest] : rest;
  const text = toRichText(nodes, file);
  text.markdown = file.text
    .slice(first.position?.start.offset ?? 0, block.position?.end.offset ?? 0)
    .replace(labels.written, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .trim();
  return { label, text };
}

/**
 * The paragraph without the label `label` matches at its start: plain (`Correct: …`), or in bold
 * or italics (`**Q:** …`, `**Focus**: …`), when the colon may follow the bold.
 */
export function withoutLabel(paragraph: Paragraph, label: RegExp): Paragraph {
  const children = [...paragraph.children];
  const head = children[0];
  if (head && (head.type === 'strong' || head.type === 'emphasis') && label.test(toString(head))) {
    children.shift();
    const next = children[0];
    if (next?.type === 'text') children[0] = { ...next, value: next.value.replace(/^\s*:?\s*/, '') };
  } else if (head?.type === 'text') {
    children[0] = { ...head, value: head.value.replace(label, '') };
  }
  return { ...paragraph, children: children.filter((c) => !(c.type === 'text' && c.value === '')) };
}
