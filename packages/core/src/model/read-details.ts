import type { RootContent } from 'mdast';
import type { SourceFile } from '../parse/source-file.js';
import { collapsedBlockAt } from '../render/collapsible-blocks.js';
import { richTextOf, toRichText } from './rich-text.js';
import type { RichText } from './types.js';

// Notes written for GitHub hide a question's answer in a collapsed block (`<details><summary>Answer
// </summary> … </details>`). Markdown reads its tags as raw HTML, which no export keeps, so without
// this the answer showed beside the question (written on lines of its own) or was lost (on one line).
// A hint is meant to be read before answering, so it stays with the prompt.
const HINT = /\b(hints?|tips?|clues?)\b/i;

/** Take the collapsed blocks other than hints out of a question's blocks: the blocks left, and the text of each taken. */
export function takeDetails(blocks: readonly RootContent[], file: SourceFile): { rest: RootContent[]; details: RichText[] } {
  const rest: RootContent[] = [];
  const details: RichText[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const collapsed = collapsedBlockAt(blocks, i);
    if (!collapsed || HINT.test(collapsed.summary ?? '')) {
      rest.push(blocks[i]!);
      continue;
    }
    // A body written on the block's one line was read apart: its nodes have no place in the file.
    details.push(collapsed.source === null ? toRichText(collapsed.body, file) : richTextOf(collapsed.source, collapsed.body, file));
    i = collapsed.end;
  }
  return { rest, details };
}
