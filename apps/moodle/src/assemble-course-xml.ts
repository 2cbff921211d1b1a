import type { Course } from '@coursepack/core';
import type { AssembledResult, ReadParts } from '@coursepack/export-kit';
import { joinModuleDocuments } from '@coursepack/export-kit';

/**
 * `course.moodle.xml` from each module's own question bank: every module's categories are its
 * own, so the course bank is one `<quiz>` holding each module's questions in course order,
 * written as it is read, one module at a time.
 */
export async function assembleCourseXml(course: Course, readParts: ReadParts, emptyQuiz: string): Promise<AssembledResult> {
  const frame = { open: '<quiz>\n', close: '</quiz>\n', separator: '' };
  return { files: [{ path: 'course.moodle.xml', stream: () => joinModuleDocuments(course, readParts, frame, () => emptyQuiz) }], diagnostics: [] };
}
