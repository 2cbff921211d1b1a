import type { Blockquote, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { QuoteLabels } from './quote-labels.js';


/**
 * Split a blockquote whose lines start with labels (`> Correct: …` directly followed by
 * `> Incorrect: …`, which markdown reads as one paragraph) into one blockquote per label.
 */
export function splitLabelledLines(block: Blockquote, source: string, labels: QuoteLabels): Blockquote[] {
  const out: Blockquote[] = [];
  let current: RootContent[] = [];
  const flush = () => {
    if (current.length > 0) out.push(withPosition({ type: 'blockquote', children: current as Blockquote['children'] }));
    current = [];
  };
  for (const child of block.children) {
    if (child.type !== 'paragraph') {
      current.push(child);
      continue;
    }
    const parts = splitParagraph(child, source, labels.ahead);
    for (const [i, part] of parts.entries()) {
      if ((i > 0 || labels.start.test(toString(part))) && current.length > 0) flush();
      current.push(part);
    }
  }
  flush();
  return out;
}

/**
 * Split a paragraph before each soft line break followed by what `ahead` matches (e.g.
 * `\nAnswer:`), the label in bold too (`\n**Answer:**`, a node of its own after the break).
 */
export function splitParagraph(paragraph: Paragraph, source: string, ahead: RegExp): Paragraph[] {
  const parts: PhrasingContent[][] = [[]];
  for (const [at, node] of paragraph.children.entries()) {
    const last = parts[parts.length - 1]!;
    const next = paragraph.children[at + 1];
    const breakBeforeBold = node.type === 'text' && /\n[ \t]*$/.test(node.value) && (next?.type === 'strong' || next?.type === 'emphasis') && ahead.test(`\n${toString(next)}`);
    if (breakBeforeBold && !ahead.test(node.value)) {
      // The break ends this part (its text without the break); the bold label starts the next.
      const value = node.value.replace(/\n[ \t]*$/, '');
      if (value !== '') last.push({ ...node, value });
      parts.push([]);
    } else if (node.type === 'text' && ahead.test(node.value)) {
      const pieces = node.value.split(ahead);
      let index = 0;
      pieces.forEach((value, i) => {
        const piece: PhrasingContent = { type: 'text', value };
        const start = sourceOffset(node, index, source);
        const end = sourceOffset(node, index + value.length, source);
        if (start !== null && end !== null && node.position) piece.position = { start: { ...node.position.start, offset: start }, end: { ...node.position.end, offset: end } };
        if (i === 0) last.push(piece);
        else parts.push([piece]);
        index += value.length + 1;
      });
    } else last.push(node);
  }
  return parts.filter((p) => p.length > 0).map((children) => withPosition({ type: 'paragraph', children }) as Paragraph);
}

// A position spanning the children, so the markdown of each part can be sliced from the source.
function withPosition<T extends { children: { position?: Paragraph['position'] }[]; position?: Paragraph['position'] }>(node: T): T {
  const first = node.children[0]?.position;
  const last = node.children[node.children.length - 1]?.position;
  if (first && last) node.position = { start: first.start, end: last.end };
  return node;
}

/**
 * Offset in the source of a character of a text node's value. Inside a blockquote the value
 * leaves out each continuation line's `>` marker and indentation, so walk both in step.
 */
function sourceOffset(node: PhrasingContent, index: number, source: string): number | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.type !== 'text') return null;
  let s = start;
  for (let v = 0; v < index && s < end; v++) {
    if (node.value[v] === '\n') {
      s = source.indexOf('\n', s) + 1;
      while (s < end && /[ \t>]/.test(source[s] ?? '')) s++;
    } else s++;
  }
  return s;
}
