import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toXast } from 'hast-util-to-xast';
import type { Element, ElementContent, Root } from 'xast';

// The XHTML subset that QTI 2.1 item bodies allow (QTI 3.0 allows these and more).
const ALLOWED = new Set([
  'a', 'abbr', 'acronym', 'address', 'b', 'big', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'dfn', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'kbd', 'li', 'ol', 'p',
  'pre', 'q', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
  'tt', 'ul', 'var',
]);

// Elements QTI lacks, replaced by the nearest one it has (GFM strike-through, footnote sections …).
const RENAMED: Record<string, string> = {
  del: 'span', s: 'span', strike: 'span', ins: 'span', u: 'span', mark: 'span', section: 'div', article: 'div',
  aside: 'div', details: 'div', summary: 'div', figure: 'div', figcaption: 'div', header: 'div', footer: 'div', nav: 'div',
};

// Dropped with their content: form controls (task-list checkboxes) and anything executable or embedded.
const DROPPED = new Set(['input', 'button', 'select', 'textarea', 'script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template']);

// Attributes QTI allows on these elements; `id` is left out because ids must be unique in the whole item.
const ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'alt'],
  td: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  col: ['span'],
  colgroup: ['span'],
  q: ['cite'],
  table: ['summary'],
};

/** XHTML elements that may appear in item content (used to tell them from QTI's own elements). */
export const QTI_HTML_ELEMENTS: ReadonlySet<string> = ALLOWED;

/** Options of {@link htmlToQti}. */
export interface HtmlToQtiOptions {
  /**
   * Where the item shows an image the HTML has at `src`: the source to write, or null to leave the
   * image out (its alt text stays, as text). Without it, sources are kept as they are.
   */
  imageSource?: (src: string) => string | null;
  /** Where a link with this `href` leads from the item: a file the package carries moved, say. Without it, links are kept as they are. */
  linkHref?: (href: string) => string;
}

/**
 * Turn sanitized HTML into well-formed QTI item content: parsed with a real HTML parser, elements and
 * attributes that QTI does not allow are renamed, unwrapped or dropped.
 */
export function htmlToQti(html: string, options: HtmlToQtiOptions = {}): ElementContent[] {
  const hast: HastRoot = fromHtml(html, { fragment: true });
  const xast = toXast(hast) as Root;
  return cleanChildren(xast.children as ElementContent[], options);
}

function cleanChildren(nodes: readonly ElementContent[], options: HtmlToQtiOptions): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ type: 'text', value: node.value });
    else if (node.type === 'element') out.push(...cleanElement(node, options));
  }
  return out;
}

function cleanElement(node: Element, options: HtmlToQtiOptions): ElementContent[] {
  if (DROPPED.has(node.name)) return [];
  const children = cleanChildren(node.children, options);
  const name = RENAMED[node.name] ?? node.name;
  if (!ALLOWED.has(name)) return children;
  const attributes: Record<string, string> = {};
  // A renamed element keeps its old name as a class, so a stylesheet can still strike out a `del`.
  const className = [node.attributes['class'], name !== node.name ? node.name : null].filter(Boolean).join(' ');
  if (className) attributes['class'] = className;
  for (const key of ATTRIBUTES[name] ?? []) {
    const value = node.attributes[key];
    if (value !== undefined && value !== null) attributes[key] = String(value);
  }
  if (name === 'a' && attributes['href'] === undefined) return [{ type: 'element', name: 'span', attributes, children }];
  if (name === 'a' && options.linkHref) attributes['href'] = options.linkHref(attributes['href'] as string);
  if (name === 'img') {
    if (!attributes['src']) return [];
    attributes['alt'] ??= '';
    const src = options.imageSource ? options.imageSource(attributes['src']) : attributes['src'];
    if (src === null) return attributes['alt'] ? [{ type: 'text', value: attributes['alt'] }] : [];
    attributes['src'] = src;
  }
  return [{ type: 'element', name, attributes, children }];
}
