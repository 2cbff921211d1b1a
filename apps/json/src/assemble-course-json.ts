import type { Course } from '@coursepack/core';
import type { ReadParts, StreamedFile } from '@coursepack/export-kit';
import { joinModuleDocuments } from '@coursepack/export-kit';

/**
 * `course.json` from each module's own document: a module document is the course document with
 * one module, so the course is its head, every module's body, and the same tail. It is written
 * as it is read, one module at a time.
 */
export function assembleCourseJson(course: Course, readParts: ReadParts, emptyCourse: () => string): StreamedFile {
  const frame = { open: '  "modules": [\n', close: '\n  ]\n}\n', separator: ',\n', document: (moduleId: string) => `${moduleId}.json` };
  return { path: 'course.json', stream: () => joinModuleDocuments(course, readParts, frame, emptyCourse) };
}
