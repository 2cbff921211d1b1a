import type { ListItem, Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ParseLimitError, parseLimits } from './parse-limits.js';

/**
 * Deepest markdown tree read (the root is depth 0). A list nested ten levels holds about 25 nodes
 * above its text; every step after the parse (HTML, sanitizing, the PDF's typesetter) walks the
 * tree recursively, so a file nested thousands deep (`>>>>…`, `****…`) would overflow their stacks.
 */
export const MAX_MARKDOWN_DEPTH = 100;

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml', 'toml'])
  // Last, so that its constructs are tried before every other's (GFM's `~` and `[^` included).
  .use(function limits() {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(parseLimits(MAX_MARKDOWN_DEPTH));
  });

/**
 * A parsed file, or why it cannot be used and where: nested deeper than {@link MAX_MARKDOWN_DEPTH}
 * (`depth`), or a paragraph with more emphasis and link marks than can be paired in reasonable
 * time (`marks`, see `MAX_INLINE_MARKS`).
 */
export type ParseResult = { ok: true; tree: Root } | { ok: false; limit: 'depth' | 'marks'; line: number; column: number };

/**
 * Parse markdown (CommonMark + GFM + front matter) into mdast with positions, refusing a file nested
 * too deeply or too dense with marks, at the first place past the limit. Quotes, lists and marks
 * are counted as the parser reads, so it stops there before its time grows faster than the text;
 * what nests inside a paragraph is checked in the tree. Only when the parser itself runs out of
 * stack is the start of the file all there is to report.
 */
export function parseMarkdownChecked(text: string): ParseResult {
  let tree: Root;
  try {
    tree = processor.parse(text);
  } catch (error) {
    if (error instanceof ParseLimitError) return { ok: false, limit: error.limit, line: error.line, column: error.column };
    if (error instanceof RangeError) return { ok: false, limit: 'depth', line: 1, column: 1 };
    throw error;
  }
  const deep = firstTooDeep(tree, text);
  return deep ? { ok: false, limit: 'depth', line: deep.position?.start.line ?? 1, column: deep.position?.start.column ?? 1 } : { ok: true, tree };
}

// Walked with a stack of its own, so the check cannot overflow either; task items are mended on the way.
function firstTooDeep(tree: Root, text: string): Nodes | null {
  const pending: [Nodes, number][] = [[tree, 0]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [Nodes, number];
    if (depth > MAX_MARKDOWN_DEPTH) return node;
    if (node.type === 'listItem' && typeof node.checked === 'boolean') startAfterCheckbox(node, text);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push([node.children[i] as Nodes, depth + 1]);
  }
  return null;
}

const CHECKBOX = /^\[[ xX]\][ \t]*/;

/**
 * Start a task item's first paragraph after its checkbox. remark-gfm does so only when plain text
 * follows the box; before code or emphasis (`- [x] \`list\``) the paragraph still starts at
 * `[x]`, and its markdown, sliced from the source, would show which choice is the right one.
 */
function startAfterCheckbox(item: ListItem, text: string): void {
  const first = item.children[0];
  const position = first?.type === 'paragraph' ? first.position : undefined;
  const start = position?.start;
  if (!first || !position || start?.offset === undefined) return;
  const box = CHECKBOX.exec(text.slice(start.offset, start.offset + 8));
  if (box) first.position = { start: { line: start.line, column: start.column + box[0].length, offset: start.offset + box[0].length }, end: position.end };
}
