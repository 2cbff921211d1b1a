import type { Course } from '@coursepack/core';
import type { ExportResult, ReadParts } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';

const OPEN = '  "modules": [\n';
const CLOSE = '\n  ]\n}\n';
const decoder = new TextDecoder();

/**
 * `course.json` from each module's own document: a module document is the course document with
 * one module, so the course is its head, every module's body, and the same tail.
 */
export async function assembleCourseJson(course: Course, readParts: ReadParts, emptyCourse: () => string): Promise<ExportResult> {
  let head: string | null = null;
  const bodies: string[] = [];
  for (const module of course.modules) {
    const part = (await readParts(module.id))[0];
    if (!part) continue;
    const text = decoder.decode(part.bytes);
    const start = text.indexOf(OPEN);
    if (start < 0 || !text.endsWith(CLOSE)) throw new Error(`json: the document of module ${module.id} is not in canonical form`);
    head ??= text.slice(0, start + OPEN.length);
    bodies.push(text.slice(start + OPEN.length, text.length - CLOSE.length));
  }
  const json = head === null ? emptyCourse() : `${head}${bodies.join(',\n')}${CLOSE}`;
  return { files: [textFile('course.json', json)], diagnostics: [] };
}
