import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Document } from '../model/document.js';
import { numberedHeading, sectionAnchor } from '../model/read-outline.js';
import { isExternalUrl } from '../model/resolve-reference.js';
import { sanitizeTree } from './render-html.js';

/** Options of {@link renderDocumentHtml}. */
export interface RenderDocumentOptions {
  /** Rewrite a relative link (e.g. `02_explainer.md#sec-1-3` to the exported page's name). */
  rewriteHref?: (href: string) => string;
}


function textOf(node: ElementContent | HastContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/**
 * The anchor GitHub gives a heading: its text in lower case, without punctuation or symbols, each
 * space a dash (`1.3 Why nobody noticed?` → `13-why-nobody-noticed`).
 */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Ids a page already has, which no heading may take: the page's own, and core's footnote label. */
const TAKEN = ['main', 'footnote-label'];

/**
 * A giver of heading anchors for one page, as GitHub gives them: {@link headingSlug}, with `-1`,
 * `-2` … after a repeat, and never an id in `used` (which it adds each one it gives to).
 */
export function headingSlugger(used: Set<string> = new Set(TAKEN)): (text: string) => string {
  return (text) => {
    const base = headingSlug(text);
    let slug = base;
    for (let n = 1; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
}

function visit(node: HastRoot | Element, options: RenderDocumentOptions, used: Set<string>, slugOf: (text: string) => string): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (/^h[1-6]$/.test(child.tagName)) {
      const text = textOf(child).trim();
      const numbered = numberedHeading(text);
      // A link written for GitHub (`02_explainer.md#why-nobody-noticed`) lands on the heading too:
      // a numbered heading keeps its section anchor as id and holds an empty element with GitHub's.
      const github = slugOf(text);
      if (numbered) {
        const anchor = sectionAnchor(numbered.number);
        used.add(anchor);
        child.properties['id'] = anchor;
        if (github !== anchor && github !== '') child.children.unshift({ type: 'element', tagName: 'span', properties: { id: github }, children: [] });
      } else if (github !== '') child.properties['id'] = github;
    }
    if (child.tagName === 'a' && options.rewriteHref && typeof child.properties['href'] === 'string' && !isExternalUrl(child.properties['href'])) {
      child.properties['href'] = options.rewriteHref(child.properties['href']);
    }
    visit(child, options, used, slugOf);
  }
}

/**
 * Render a parsed document to sanitized HTML; numbered headings get their section anchors as ids,
 * and every heading the anchor GitHub would give it (see {@link headingSlug}). A block collapsed
 * as on GitHub (`<details><summary>…</summary> … </details>`) stays collapsed.
 */
export function renderDocumentHtml(doc: Document, options: RenderDocumentOptions = {}): string {
  const hast = sanitizeTree(doc.tree, doc.alertTitles);
  const used = new Set(TAKEN);
  visit(hast, options, used, headingSlugger(used));
  return toHtml(hast);
}
