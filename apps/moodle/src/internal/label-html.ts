import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** An element with no attributes. */
export function element(tagName: string, children: Element['children']): Element {
  return { type: 'element', tagName, properties: {}, children };
}

/** A bold label paragraph (`<p><strong>References</strong></p>`). */
export function labelElement(label: string): Element {
  return element('p', [element('strong', [{ type: 'text', value: label }])]);
}

/** The HTML of a bold label paragraph. */
export function labelHtml(label: string): string {
  return toHtml(labelElement(label));
}
