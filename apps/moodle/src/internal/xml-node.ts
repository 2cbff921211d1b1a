import type { XmlElement } from '@coursepack/export-kit';
import { stripInvalidXmlChars, xmlDocument } from '@coursepack/export-kit';

/** An element under construction. */
export type XmlNode = XmlElement;

/** A new Moodle XML document with its `<quiz>` root; characters XML cannot carry are dropped. */
export function newQuiz(): { doc: XmlNode; quiz: XmlNode } {
  const doc = xmlDocument();
  return { doc, quiz: doc.ele('quiz') };
}

/** Serialise a document (indented, UTF-8, trailing newline). */
export function serializeXml(doc: XmlNode): string {
  return `${doc.end()}\n`;
}

/** `<name><text>…</text></name>`: plain text, escaped by the builder. */
export function plainText(parent: XmlNode, name: string, text: string): void {
  parent.ele(name).ele('text').txt(stripInvalidXmlChars(text));
}

/** A child element holding a plain value (`<defaultgrade>2</defaultgrade>`). */
export function value(parent: XmlNode, name: string, text: string): void {
  parent.ele(name).txt(text);
}

/**
 * `<name format="html"><text>…</text></name>`. Markup goes in CDATA, as Moodle writes it; text
 * holding `]]>` (which would end the section early) is escaped by the builder instead.
 */
export function htmlText(parent: XmlNode, name: string, html: string): XmlNode {
  const element = parent.ele(name, { format: 'html' });
  htmlContent(element.ele('text'), html);
  return element;
}

/** Write HTML into a `<text>` element: CDATA when it holds markup and no `]]>`, escaped text otherwise. */
export function htmlContent(text: XmlNode, html: string): void {
  const clean = stripInvalidXmlChars(html);
  if (/[<>&]/.test(clean) && !clean.includes(']]>')) text.dat(clean);
  else if (clean !== '') text.txt(clean);
}

/** Html fragments in order, skipping empty ones. */
export function joinHtml(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
}
