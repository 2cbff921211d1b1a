import { create } from 'xmlbuilder2';

/** An element under construction (xmlbuilder2's builder). */
export type XmlNode = ReturnType<typeof create>;

/** A new XML document; characters XML cannot carry are dropped rather than thrown on. */
export function newXmlDocument(): XmlNode {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

/**
 * Serialize a document the same way everywhere (indented, UTF-8, trailing newline). Names are
 * ours and text is cleaned on the way in, so the costly well-formedness pass is skipped.
 */
export function serializeXml(doc: XmlNode): string {
  return `${doc.end({ prettyPrint: true, indent: '  ', wellFormed: false })}\n`;
}
