import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdownChecked } from '../parse/parse-markdown.js';
import type { SourceFile } from '../parse/source-file.js';
import { renderNodesHtml } from '../render/render-html.js';
import { cleanText } from './clean-text.js';
import { toRichText } from './rich-text.js';
import type { RichText } from './types.js';

// A collapsed block as GitHub shows it, `<details><summary>Answer</summary> … </details>`: notes
// written for GitHub hide a question's answer in one. Markdown reads its tags as raw HTML, which no
// export keeps, so without this the answer showed beside the question (written on lines of its
// own) or was lost (written on one line).
const OPEN = /^<details\b[^>]*>/i;
const CLOSE = /<\/details\s*>\s*$/i;
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;
// A hint is meant to be read before answering, so it stays with the prompt.
const HINT = /\b(hints?|tips?|clues?)\b/i;

/** The text of `html` with its tags taken out (a summary, a one-line block's body). */
function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Rich text of a block's body written inside its HTML (`<details><summary>A</summary>body</details>`), read as markdown. */
function innerText(body: string): RichText {
  const markdown = body.trim();
  const parsed = parseMarkdownChecked(markdown);
  const nodes = parsed.ok ? parsed.tree.children : [];
  return { markdown, text: cleanText(nodes.map((n) => toString(n, { includeHtml: false })).join('\n\n').trim()), html: cleanText(renderNodesHtml(nodes).trim()) };
}

/**
 * Take the collapsed blocks (other than hints) out of a question's blocks: those written on one
 * line, and those whose body lies between an opening and a closing tag, as markdown. A block never
 * closed runs to the end of the question, as GitHub shows it.
 */
export function takeDetails(blocks: readonly RootContent[], file: SourceFile): { rest: RootContent[]; details: RichText[] } {
  const rest: RootContent[] = [];
  const details: RichText[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const head = blocks[i]!;
    const open = head.type === 'html' ? OPEN.exec(head.value) : null;
    const summary = open && head.type === 'html' ? withoutTags(SUMMARY.exec(head.value)?.[1] ?? '') : '';
    if (!open || head.type !== 'html' || HINT.test(summary)) {
      rest.push(head);
      continue;
    }
    if (CLOSE.test(head.value)) {
      const body = head.value.slice(open[0].length).replace(SUMMARY, '').replace(CLOSE, '');
      details.push(innerText(body));
      continue;
    }
    const body: RootContent[] = [];
    let named = summary;
    while (i + 1 < blocks.length) {
      const next = blocks[++i]!;
      if (next.type === 'html' && CLOSE.test(next.value) && !OPEN.test(next.value)) break;
      // A summary on a line of its own, after a blank line.
      const own = body.length === 0 && named === '' && next.type === 'html' ? SUMMARY.exec(next.value) : null;
      if (own) named = withoutTags(own[1] ?? '');
      else body.push(next);
    }
    if (HINT.test(named)) rest.push(head, ...body);
    else details.push(toRichText(body, file));
  }
  return { rest, details };
}
