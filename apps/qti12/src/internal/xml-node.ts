import type { XmlElement } from '@coursepack/export-kit';
import { xmlDocument } from '@coursepack/export-kit';

/** An element under construction. */
export type XmlNode = XmlElement;

/** A new XML document; characters XML cannot carry are dropped as text is added. */
export function newXmlDocument(): XmlNode {
  return xmlDocument();
}

/** Serialize a document the same way everywhere (indented, UTF-8, trailing newline). */
export function serializeXml(doc: XmlNode): string {
  return `${doc.end()}\n`;
}
