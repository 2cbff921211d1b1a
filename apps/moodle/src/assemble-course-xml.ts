import type { Course } from '@coursepack/core';
import type { ExportResult, ReadParts } from '@coursepack/export-kit';
import { joinModuleDocuments, textFile } from '@coursepack/export-kit';

/**
 * `course.moodle.xml` from each module's own question bank: every module's categories are its
 * own, so the course bank is one `<quiz>` holding each module's questions in course order.
 */
export async function assembleCourseXml(course: Course, readParts: ReadParts, emptyQuiz: string): Promise<ExportResult> {
  const xml = await joinModuleDocuments(course, readParts, { open: '<quiz>\n', close: '</quiz>\n', separator: '' });
  return { files: [textFile('course.moodle.xml', xml ?? emptyQuiz)], diagnostics: [] };
}
