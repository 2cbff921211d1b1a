import type { Nodes } from 'mdast';

/** Call `visit` on every node of a tree, parents before children. */
export function walkTree(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walkTree(child as Nodes, visit);
}
