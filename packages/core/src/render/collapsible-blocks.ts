import type { Root, RootContent } from 'mdast';
import { parseMarkdownChecked } from '../parse/parse-markdown.js';

// A collapsed block as GitHub shows it: `<details>`, an optional `<summary>…</summary>`, markdown,
// `</details>`. Markdown reads the tags as raw HTML, which pages leave out, so an exercise's
// solution hidden this way showed open on the page. Pages now keep the block collapsed: the tags
// become elements (GitHub's sanitizing rules allow both), and the markdown between them stays markdown.
const OPEN = /^<details\b[^>]*>/i;
const CLOSE = /<\/details\s*>\s*$/i;
const SUMMARY = /<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/i;

/** A node mdast-util-to-hast turns into the element `tag` with the node's children. */
function element(tag: string, children: RootContent[]): RootContent {
  return { type: tag, data: { hName: tag }, children } as unknown as RootContent;
}

/** The text of a summary written in HTML, without its tags. */
function summaryText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function collapsible(summary: string | undefined, body: RootContent[]): RootContent {
  return element('details', summary === undefined ? body : [element('summary', [{ type: 'text', value: summaryText(summary) }]), ...body]);
}

/** `blocks` with each collapsed block made an element; block containers (lists, quotes) are looked into. */
function withCollapsed(blocks: readonly RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const open = block.type === 'html' ? OPEN.exec(block.value) : null;
    if (block.type === 'html' && open) {
      const after = block.value.slice(open[0].length);
      let summary = SUMMARY.exec(after)?.[1];
      if (CLOSE.test(block.value)) {
        // All on one line: what follows the summary is read as markdown.
        const parsed = parseMarkdownChecked(after.replace(SUMMARY, '').replace(CLOSE, '').trim());
        out.push(collapsible(summary, parsed.ok ? withCollapsed(parsed.tree.children) : []));
        continue;
      }
      const body: RootContent[] = [];
      for (let depth = 1; i + 1 < blocks.length; ) {
        const next = blocks[++i]!;
        // A block of one line inside opens and closes itself.
        const opens = next.type === 'html' && OPEN.test(next.value);
        const closes = next.type === 'html' && CLOSE.test(next.value);
        if (opens && !closes) depth++;
        if (closes && !opens && --depth === 0) break;
        const own = body.length === 0 && summary === undefined && next.type === 'html' ? SUMMARY.exec(next.value) : null;
        if (own) summary = own[1];
        else body.push(next);
      }
      // A block never closed runs to the end of its container, as GitHub shows it.
      out.push(collapsible(summary, withCollapsed(body)));
    } else if (block.type === 'list' || block.type === 'listItem' || block.type === 'blockquote' || block.type === 'footnoteDefinition') {
      out.push({ ...block, children: withCollapsed(block.children) } as RootContent);
    } else out.push(block);
  }
  return out;
}

/** The tree with GitHub's collapsed blocks (`<details>`) as elements; the tree given is left as it is. */
export function withCollapsibleBlocks(root: Root): Root {
  return { ...root, children: withCollapsed(root.children) };
}
