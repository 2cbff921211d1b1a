import type { Nodes, PhrasingContent, Root } from 'mdast';

// Inline HTML that course notes use for meaning, not looks, and that GitHub keeps: an exponent
// (`x<sup>2</sup>`), a formula (`H<sub>2</sub>O`), a key (`<kbd>Ctrl</kbd>`), an edit, a line
// break. Pages leave raw HTML out, which turned `10<sup>-3</sup>` into `10-3`; these tags become
// the elements they stand for (GitHub's sanitizing rules allow each), their content still markdown.
const PAIRED = new Set(['sup', 'sub', 'kbd', 'ins', 'del']);
const OPEN = /^<([a-z]+)>$/i;
const CLOSE = /^<\/([a-z]+)\s*>$/i;
const BREAK = /^<br\s*\/?>$/i;

/** A node mdast-util-to-hast turns into the element `tag` with the node's children. */
function element(tag: string, children: PhrasingContent[]): PhrasingContent {
  return { type: tag, data: { hName: tag }, children } as unknown as PhrasingContent;
}

/**
 * `nodes` with each pair of tags of {@link PAIRED} around inline content, and each `<br>`, made an
 * element; the same array when there is no HTML. One pass with a stack of open tags (each with
 * where its opener stands): a closing tag closes the nearest open one of its name, whose content
 * since then folds into the element. Tags left open inside it, or never closed, stay where they
 * are, as written (raw HTML, left out later). Nothing is moved but into an element, so a paragraph
 * of thousands of unclosed tags costs no more than its length.
 */
function withElements(nodes: readonly PhrasingContent[]): readonly PhrasingContent[] {
  if (!nodes.some((n) => n.type === 'html')) return nodes;
  const out: PhrasingContent[] = [];
  const open: { tag: string; at: number }[] = [];
  const openCount = new Map<string, number>();
  const count = (tag: string, by: number) => openCount.set(tag, (openCount.get(tag) ?? 0) + by);
  for (const node of nodes) {
    const html = node.type === 'html' ? node.value.trim() : null;
    if (html !== null && BREAK.test(html)) {
      out.push(element('br', []));
      continue;
    }
    const opens = html === null ? undefined : OPEN.exec(html)?.[1]?.toLowerCase();
    const closes = html === null ? undefined : CLOSE.exec(html)?.[1]?.toLowerCase();
    if (opens && PAIRED.has(opens)) {
      open.push({ tag: opens, at: out.length });
      count(opens, 1);
      out.push(node);
    } else if (closes && (openCount.get(closes) ?? 0) > 0) {
      // One of its name is open (counted), so the stack holds it: those opened since are given up.
      let frame = open.pop() as { tag: string; at: number };
      for (; frame.tag !== closes; frame = open.pop() as { tag: string; at: number }) count(frame.tag, -1);
      count(closes, -1);
      const children = out.splice(frame.at + 1);
      out[frame.at] = element(closes, children);
    } else out.push(node);
  }
  return out;
}

// The nodes whose children are inline content, where such tags are found (a tag on a line of its
// own is a block of HTML, left out as any other).
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/** Apply {@link withElements} to every run of inline content of a tree: a copy of each node on the way to a change, the nodes given elsewhere. */
function visit<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = node.children as Nodes[];
  const made = INLINE_PARENTS.has(node.type) ? withElements(children as PhrasingContent[]) : children;
  let next: Nodes[] | null = made === children ? null : [...(made as Nodes[])];
  const walked = next ?? children;
  for (let i = 0; i < walked.length; i++) {
    const child = walked[i]!;
    const visited = visit(child);
    if (visited === child) continue;
    next ??= [...children];
    next[i] = visited;
  }
  return next ? ({ ...node, children: next } as T) : node;
}

/** The tree with inline `<sup>`, `<sub>`, `<kbd>`, `<ins>`, `<del>` and `<br>` as elements; the tree given when it has none. */
export function withInlineElements(root: Root): Root {
  return visit(root);
}
