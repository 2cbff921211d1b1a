import { create } from 'xmlbuilder2';

/** An element under construction (xmlbuilder2's builder). */
export type XmlNode = ReturnType<typeof create>;

/** A new XML document; characters XML cannot carry are dropped rather than thrown on. */
export function newXmlDocument(): XmlNode {
  return create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
}

/** Serialize a document the same way everywhere (indented, UTF-8, trailing newline). */
export function serializeXml(doc: XmlNode): string {
  return `${doc.end({ prettyPrint: true, indent: '  ' })}\n`;
}
