import type { Course } from '@coursepack/core';
import type { AssembledResult, ReadParts } from '@coursepack/export-kit';
import { joinModuleDocuments } from '@coursepack/export-kit';

/**
 * `course.moodle.xml` from each module's own question bank: every module's categories are its
 * own, so the course bank is one `<quiz>` holding each module's questions in course order,
 * written as it is read, one module at a time. A module without questions has no bank, and a
 * course none of whose modules has one gets no course bank either.
 */
export async function assembleCourseXml(course: Course, readParts: ReadParts, emptyQuiz: () => string): Promise<AssembledResult> {
  // Most courses answer this at their first module.
  let anyBank = false;
  for (const module of course.modules) if ((anyBank = (await readParts(module.id)).length > 0)) break;
  if (!anyBank) return { files: [], diagnostics: [] };
  const frame = { open: '<quiz>\n', close: '</quiz>\n', separator: '' };
  return { files: [{ path: 'course.moodle.xml', stream: () => joinModuleDocuments(course, readParts, frame, emptyQuiz) }], diagnostics: [] };
}
