import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Document } from '../model/document.js';
import { sectionAnchor } from '../model/read-outline.js';
import { sanitizeTree } from './render-html.js';

/** Options of {@link renderDocumentHtml}. */
export interface RenderDocumentOptions {
  /** Rewrite a relative link (e.g. `02_explainer.md#sec-1-3` to the exported page's name). */
  rewriteHref?: (href: string) => string;
}

const NUMBERED = /^§?\s*(\d+(?:\.\d+)*)\.?\s+\S/;

function textOf(node: ElementContent | HastContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

function visit(node: HastRoot | Element, options: RenderDocumentOptions): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (/^h[1-6]$/.test(child.tagName)) {
      const m = NUMBERED.exec(textOf(child).trim());
      if (m) child.properties['id'] = sectionAnchor(m[1] ?? '');
    }
    if (child.tagName === 'a' && options.rewriteHref && typeof child.properties['href'] === 'string' && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(child.properties['href'])) {
      child.properties['href'] = options.rewriteHref(child.properties['href']);
    }
    visit(child, options);
  }
}

/** Render a parsed document to sanitized HTML; numbered headings get their section anchors as ids. */
export function renderDocumentHtml(doc: Document, options: RenderDocumentOptions = {}): string {
  const hast = sanitizeTree(doc.tree);
  visit(hast, options);
  return toHtml(hast);
}
