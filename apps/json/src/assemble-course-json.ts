import type { Course } from '@coursepack/core';
import type { ExportResult, ReadParts } from '@coursepack/export-kit';
import { joinModuleDocuments, textFile } from '@coursepack/export-kit';

/**
 * `course.json` from each module's own document: a module document is the course document with
 * one module, so the course is its head, every module's body, and the same tail.
 */
export async function assembleCourseJson(course: Course, readParts: ReadParts, emptyCourse: () => string): Promise<ExportResult> {
  const json = await joinModuleDocuments(course, readParts, { open: '  "modules": [\n', close: '\n  ]\n}\n', separator: ',\n' });
  return { files: [textFile('course.json', json ?? emptyCourse())], diagnostics: [] };
}
