import type { Course } from '@coursepack/core';
import type { ReadParts } from './contract.js';

/** Where a one-module document's module body begins and ends, by the text around it. */
export interface DocumentFrame {
  /** Text that ends the head (it is kept in the head). */
  open: string;
  /** Text that ends every document (the tail). */
  close: string;
  /** Put between two module bodies. */
  separator: string;
}

const decoder = new TextDecoder();

/**
 * A course document from every module's own one-module document: the head of the first, each
 * module's body in course order, and the shared tail. Null when no module has a document.
 */
export async function joinModuleDocuments(course: Course, readParts: ReadParts, frame: DocumentFrame): Promise<string | null> {
  let head: string | null = null;
  const bodies: string[] = [];
  for (const module of course.modules) {
    const part = (await readParts(module.id))[0];
    if (!part) continue;
    const text = decoder.decode(part.bytes);
    const start = text.indexOf(frame.open);
    if (start < 0 || !text.endsWith(frame.close)) throw new Error(`the document of module ${module.id} is not in the expected form`);
    head ??= text.slice(0, start + frame.open.length);
    bodies.push(text.slice(start + frame.open.length, text.length - frame.close.length));
  }
  return head === null ? null : `${head}${bodies.join(frame.separator)}${frame.close}`;
}
