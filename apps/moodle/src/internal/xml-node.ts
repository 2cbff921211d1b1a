import type { XmlElement } from '@coursepack/export-kit';
import { stripInvalidXmlChars, xmlDocument } from '@coursepack/export-kit';
import type { ModuleImages, MoodleFile } from './module-images.js';
import { embedImages } from './module-images.js';

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
 * `<name format="html"><text>…</text></name>` and the image files the HTML shows (see
 * {@link writeHtml}).
 */
export function htmlText(parent: XmlNode, name: string, html: string, images: ModuleImages): XmlNode {
  const element = parent.ele(name, { format: 'html' });
  writeHtml(element, html, images);
  return element;
}

/**
 * Write HTML as `<text>` into an element, then a `<file>` for each image of the module it shows
 * (Moodle reads a text's files from the `<file>` children beside its `<text>`, base64 encoded).
 * Markup goes in CDATA, as Moodle writes it; text holding `]]>` (which would end the section
 * early) is escaped by the builder instead.
 */
export function writeHtml(element: XmlNode, html: string, images: ModuleImages): void {
  const embedded = embedImages(html, images);
  const text = element.ele('text');
  const clean = stripInvalidXmlChars(embedded.html);
  if (/[<>&]/.test(clean) && !clean.includes(']]>')) text.dat(clean);
  else if (clean !== '') text.txt(clean);
  for (const file of embedded.files) element.ele('file', { name: file.name, path: file.path, encoding: 'base64' }).txt(base64(file));
}

const encoded = new WeakMap<MoodleFile, string>();

// A file shown in several texts is encoded once.
function base64(file: MoodleFile): string {
  let text = encoded.get(file);
  if (text === undefined) encoded.set(file, (text = Buffer.from(file.bytes).toString('base64')));
  return text;
}

/** Html fragments in order, skipping empty ones. */
export function joinHtml(...parts: (string | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n');
}
