import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { QTI_HTML_ELEMENTS } from './html-to-qti.js';

// Elements whose children are inline text in QTI 2.1: whitespace added there would show.
const INLINE_HOLDERS = new Set(['prompt', 'qti-prompt']);

/** Serialize an XML document: declaration, the root, and two-space indentation of QTI's own structure. */
export function xmlDocument(root: Element): string {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' }, { type: 'text', value: '\n' }, indent(root, 0), { type: 'text', value: '\n' }],
  };
  return toXml(tree, { closeEmptyElements: true, tightClose: true });
}

// Whitespace goes only between children of structural elements that hold nothing but elements, never into
// XHTML content, so it cannot change what a learner sees.
function indent(node: Element, depth: number): Element {
  const isStructural = !QTI_HTML_ELEMENTS.has(node.name) && !INLINE_HOLDERS.has(node.name);
  if (!isStructural || node.children.length === 0 || !node.children.every((c) => c.type === 'element' || (c.type === 'text' && c.value.trim() === ''))) return node;
  const inner = `\n${'  '.repeat(depth + 1)}`;
  const children: ElementContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    children.push({ type: 'text', value: inner }, indent(child, depth + 1));
  }
  children.push({ type: 'text', value: `\n${'  '.repeat(depth)}` });
  return { ...node, children };
}
