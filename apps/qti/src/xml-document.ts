import { escapeXml } from '@coursepack/export-kit';
import type { Element, ElementContent } from 'xast';
import { QTI_HTML_ELEMENTS } from './html-to-qti.js';

// Elements whose children are inline text in QTI 2.1: whitespace added there would show.
const INLINE_HOLDERS = new Set(['prompt', 'qti-prompt']);

/** Serialize an XML document: declaration, the root, and two-space indentation of QTI's own structure. */
export function xmlDocument(root: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, 0)}\n`;
}

const indents: string[] = [];
function indentOf(depth: number): string {
  return (indents[depth] ??= `\n${'  '.repeat(depth)}`);
}

// A serializer of xast elements and text, as xast-util-to-xml writes them but with `&amp;`-style escapes:
// xast-util-to-xml 4.0.0 compiles a new RegExp for every attribute value, which made it most of the
// export time. Element and attribute names come from our builders; every value goes through escapeXml.
// Whitespace goes only between children of structural elements that hold nothing but elements, never
// into XHTML content, so it cannot change what a learner sees.
function write(node: Element, depth: number): string {
  let out = `<${node.name}`;
  for (const name in node.attributes) {
    const value = node.attributes[name];
    if (value !== null && value !== undefined) out += ` ${name}="${escapeXml(value)}"`;
  }
  if (!node.children.some((c) => c.type === 'element' || c.type === 'text')) return `${out}/>`;
  out += '>';
  const isIndented = !QTI_HTML_ELEMENTS.has(node.name) && !INLINE_HOLDERS.has(node.name) && node.children.every(isElementOrBlank);
  for (const child of node.children) {
    if (child.type === 'element') out += isIndented ? indentOf(depth + 1) + write(child, depth + 1) : write(child, depth);
    else if (child.type === 'text' && !isIndented) out += escapeXml(child.value);
  }
  return `${out}${isIndented ? indentOf(depth) : ''}</${node.name}>`;
}

function isElementOrBlank(node: ElementContent): boolean {
  return node.type === 'element' || (node.type === 'text' && node.value.trim() === '');
}
