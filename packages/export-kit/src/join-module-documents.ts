import type { Course } from '@coursepack/core';
import type { ReadParts } from './contract.js';
import { readPart } from './read-part.js';

/** Where a one-module document's module body begins and ends, by the text around it. */
export interface DocumentFrame {
  /** Text that ends the head (it is kept in the head). */
  open: string;
  /** Text that ends every document (the tail). */
  close: string;
  /** Put between two module bodies. */
  separator: string;
  /** The path of a module's document among its parts, when it has other parts (only that one is read); else its first part. */
  document?: (moduleId: string) => string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * A course document from every module's own one-module document, as it is written: the head of
 * the first, each module's body in course order, and the shared tail; `empty` when no module has
 * a document. One module's document is read at a time, so the course is never held whole.
 */
export async function* joinModuleDocuments(course: Course, readParts: ReadParts, frame: DocumentFrame, empty: () => string): AsyncGenerator<Uint8Array> {
  let started = false;
  for (const module of course.modules) {
    const part = frame.document ? await readPart(readParts, module.id, frame.document(module.id)) : (await readParts(module.id))[0];
    if (!part) continue;
    const text = decoder.decode(part.bytes);
    const start = text.indexOf(frame.open);
    if (start < 0 || !text.endsWith(frame.close)) throw new Error(`the document of module ${module.id} is not in the expected form`);
    const body = text.slice(start + frame.open.length, text.length - frame.close.length);
    yield encoder.encode(started ? `${frame.separator}${body}` : `${text.slice(0, start + frame.open.length)}${body}`);
    started = true;
  }
  yield encoder.encode(started ? frame.close : empty());
}
