import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { withoutLabel } from './read-labelled-block.js';

// A question numbered in a paragraph of its own instead of a list: `**1. What …?**`, `**Q2.** …`,
// `Question 3: …`, `1\. …`. A bare number is a list item unless set in bold or escaped, so a
// paragraph can only start with one on purpose; `Q`/`Question` may also take a colon.
const NUMBER = /^\s*(?:(?:q|question)\s*\d{1,3}\s*[.):]?|\d{1,3}\s*[.)])(?=\s|$)\s*/i;
// A heading that numbers a question rather than titling a group says so: `#### Q1. …`, `#### Question 2`.
const QUESTION_HEADING = /^\s*(?:q|question)\s*\d{1,3}\s*[.):]?(?=\s|$)/i;
// The same marker in the source, with the bold or italics around it, an escaped dot, or the `#`s of a heading.
const NUMBER_SOURCE = /^(?:#{1,6}[ \t]+)?(\*\*|__|\*|_)?\s*(?:(?:q|question)\s*\d{1,3}\s*\\?[.):]?|\d{1,3}\s*\\?[.)])(\*\*|__|\*|_)?\s*:?(?=\s|$)\s*/i;

/** Whether `node` opens a question numbered as a paragraph (a marker followed by a prompt). */
export function isNumberedQuestion(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const head = node.children[0];
  if (!head || (head.type !== 'text' && head.type !== 'strong' && head.type !== 'emphasis') || !NUMBER.test(toString(head))) return false;
  const text = toString(node);
  return text.replace(NUMBER, '').trim() !== '';
}

/** Whether `node` is a heading that numbers a question (`#### Q1. Why …?`, `#### Question 2`) rather than titling a group. */
function isQuestionHeading(node: RootContent): node is Heading {
  return node.type === 'heading' && QUESTION_HEADING.test(toString(node));
}

/**
 * Whether `node`, after a question numbered as a paragraph, still belongs to it: its choices,
 * answer, feedback and further prompt do; a heading, a rule, the next numbered paragraph and a
 * numbered list (questions written as a list) end it.
 */
function continuesQuestion(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'thematicBreak' || isNumberedQuestion(node)) return false;
  return !(node.type === 'list' && node.ordered === true && !node.children.some((item) => typeof item.checked === 'boolean'));
}

/**
 * The blocks of a question numbered as a paragraph (or a heading), as the list item it would have
 * been. A heading's text is the prompt's first paragraph; a heading with no more than its number
 * (`#### Question 2`) leaves the prompt to the paragraphs under it.
 */
function numberedQuestionItem(blocks: readonly RootContent[]): ListItem {
  const first = blocks[0]?.position;
  const last = blocks.at(-1)?.position;
  const children = blocks.flatMap((block): RootContent[] => {
    if (block.type !== 'heading') return [block];
    if (toString(block).replace(NUMBER, '').trim() === '') return [];
    return [{ type: 'paragraph', children: block.children, ...(block.position ? { position: block.position } : {}) }];
  });
  return { type: 'listItem', spread: children.length > 1, checked: null, children: children as ListItem['children'], ...(first && last ? { position: { start: first.start, end: last.end } } : {}) };
}

/**
 * The prompt's first paragraph without its number. A number set in bold on its own (`**1.** …`)
 * goes with its bold; a bold line that holds the whole question (`**1. What …?**`) loses the
 * number and its bold, which only set it off as a heading would.
 */
export function withoutNumber(paragraph: Paragraph): Paragraph {
  const [head, ...rest] = paragraph.children;
  if ((head?.type === 'strong' || head?.type === 'emphasis') && toString(head).replace(NUMBER, '').trim() !== '') {
    // The whole question in bold: unwrapped, then its number taken off like any label.
    return head.children[0]?.type === 'text' ? withoutLabel({ ...paragraph, children: [...head.children, ...rest] }, NUMBER) : paragraph;
  }
  return withoutLabel(paragraph, NUMBER);
}

/** The prompt's markdown without its number, as {@link withoutNumber} takes it off. */
export function withoutNumberMarkdown(markdown: string): string {
  const marker = NUMBER_SOURCE.exec(markdown);
  if (!marker) return markdown;
  const [whole, open, close] = marker;
  let rest = markdown.slice(whole.length);
  // A bold line holding the whole question: its closing delimiter goes too.
  if (open && !close) {
    const end = rest.indexOf(open);
    if (end >= 0) rest = rest.slice(0, end) + rest.slice(end + open.length);
  }
  return rest.trim();
}

/** Gathers the questions numbered as paragraphs while a reader walks a page's blocks in order. */
export interface NumberedQuestions {
  /**
   * Whether `node` is taken: as the next block of the question being gathered, or, inside a group
   * whose heading has depth `groupDepth` (null: outside any group that holds questions), as the
   * paragraph, or the heading deeper than the group's, that opens one. A block not taken first ends
   * the question being gathered.
   */
  take(node: RootContent, groupDepth: number | null): boolean;
  /** End the question being gathered, if any (at the end of the page). */
  end(): void;
}

/** A gatherer that hands each question, as a list item, to `read` once its last block is known. */
export function numberedQuestions(read: (item: ListItem) => void): NumberedQuestions {
  let blocks: RootContent[] | null = null;
  const end = () => {
    if (blocks) read(numberedQuestionItem(blocks));
    blocks = null;
  };
  return {
    take(node, groupDepth) {
      if (blocks && continuesQuestion(node)) {
        blocks.push(node);
        return true;
      }
      end();
      if (groupDepth === null || !(isNumberedQuestion(node) || (isQuestionHeading(node) && node.depth > groupDepth))) return false;
      blocks = [node];
      return true;
    },
    end,
  };
}
