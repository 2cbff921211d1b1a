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

/** `nodes` with each pair of tags of {@link PAIRED} around inline content, and each `<br>`, made an element; the same array when none is there. */
function withElements(nodes: readonly PhrasingContent[]): readonly PhrasingContent[] {
  if (!nodes.some((n) => n.type === 'html')) return nodes;
  const out: PhrasingContent[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === 'html' && BREAK.test(node.value.trim())) {
      out.push(element('br', []));
      continue;
    }
    const tag = node.type === 'html' ? OPEN.exec(node.value.trim())?.[1]?.toLowerCase() : undefined;
    const end = tag && PAIRED.has(tag) ? nodes.findIndex((n, j) => j > i && n.type === 'html' && CLOSE.exec(n.value.trim())?.[1]?.toLowerCase() === tag) : -1;
    if (tag && end > i) {
      out.push(element(tag, [...withElements(nodes.slice(i + 1, end))]));
      i = end;
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
