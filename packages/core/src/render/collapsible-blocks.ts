import type { Root, RootContent } from 'mdast';
import { parseMarkdownChecked } from '../parse/parse-markdown.js';
import { mapBlocks } from './map-blocks.js';

// A collapsed block as GitHub shows it: `<details>`, an optional `<summary>…</summary>`, markdown,
// `</details>`. Markdown reads the tags as raw HTML, which pages leave out, so an exercise's
// solution hidden this way showed open on the page. Pages keep the block collapsed: the tags
// become elements (GitHub's sanitizing rules allow both), and the markdown between them stays markdown.
const OPEN = /^<details\b[^>]*>/i;
const CLOSE = /<\/details\s*>\s*$/i;
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;

/** A collapsed block found among a container's blocks. */
export interface CollapsedBlock {
  /** The summary's text without its tags (`Answer`), or null when there is none. */
  summary: string | null;
  /** What it holds, as markdown blocks. */
  body: RootContent[];
  /** For a block written on one line, its body's markdown (the body's nodes then have no place in the file); else null. */
  source: string | null;
  /** The index of its last block (its closing tag, or the container's last block when never closed). */
  end: number;
}

/** The text of HTML without its tags (a summary). */
function withoutTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The collapsed block that opens at `blocks[at]`, or null when none does. A block never closed runs to the end of the container, as GitHub shows it. */
export function collapsedBlockAt(blocks: readonly RootContent[], at: number): CollapsedBlock | null {
  const head = blocks[at];
  const open = head?.type === 'html' ? OPEN.exec(head.value) : null;
  if (head?.type !== 'html' || !open) return null;
  const after = head.value.slice(open[0].length);
  let summary = SUMMARY.exec(after)?.[1];
  if (CLOSE.test(head.value)) {
    // All on one line: what follows the summary is read as markdown.
    const source = after.replace(SUMMARY, '').replace(CLOSE, '').trim();
    const parsed = parseMarkdownChecked(source);
    return { summary: summary === undefined ? null : withoutTags(summary), body: parsed.ok ? parsed.tree.children : [], source, end: at };
  }
  const body: RootContent[] = [];
  let end = at;
  for (let depth = 1; end + 1 < blocks.length; ) {
    const next = blocks[++end]!;
    // A block of one line inside opens and closes itself.
    const opens = next.type === 'html' && OPEN.test(next.value);
    const closes = next.type === 'html' && CLOSE.test(next.value);
    if (opens && !closes) depth++;
    if (closes && !opens && --depth === 0) break;
    // A summary on a line of its own, after a blank line.
    const own = body.length === 0 && summary === undefined && next.type === 'html' ? SUMMARY.exec(next.value) : null;
    if (own) summary = own[1];
    else body.push(next);
  }
  return { summary: summary === undefined ? null : withoutTags(summary), body, source: null, end };
}

/** A node mdast-util-to-hast turns into the element `tag` with the node's children. */
function element(tag: string, children: RootContent[]): RootContent {
  return { type: tag, data: { hName: tag }, children } as unknown as RootContent;
}

/**
 * `blocks` with each collapsed block made an element; block containers (lists, quotes) are looked
 * into. The array given is returned as it is when it holds none, so a page without one costs a walk
 * over its blocks and nothing more.
 */
function withCollapsed(blocks: readonly RootContent[]): readonly RootContent[] {
  return mapBlocks(blocks, (around, at) => {
    const collapsed = collapsedBlockAt(around, at);
    if (!collapsed) return null;
    const body = [...withCollapsed(collapsed.body)];
    return { node: element('details', collapsed.summary === null ? body : [element('summary', [{ type: 'text', value: collapsed.summary }]), ...body]), end: collapsed.end };
  });
}

/** The tree with GitHub's collapsed blocks (`<details>`) as elements; the tree given is left as it is (and returned when it has none). */
export function withCollapsibleBlocks(root: Root): Root {
  const children = withCollapsed(root.children);
  return children === root.children ? root : { ...root, children: [...children] };
}
