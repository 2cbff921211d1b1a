import type { Course } from '@coursepack/core';
import type { ExportResult, ReadParts } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';

const OPEN = '<quiz>\n';
const CLOSE = '</quiz>\n';
const decoder = new TextDecoder();

/**
 * `course.moodle.xml` from each module's own question bank: every module's categories are its
 * own, so the course bank is one `<quiz>` holding each module's questions in course order.
 */
export async function assembleCourseXml(course: Course, readParts: ReadParts, emptyQuiz: string): Promise<ExportResult> {
  let head: string | null = null;
  const bodies: string[] = [];
  for (const module of course.modules) {
    const part = (await readParts(module.id))[0];
    if (!part) continue;
    const text = decoder.decode(part.bytes);
    const start = text.indexOf(OPEN);
    if (start < 0 || !text.endsWith(CLOSE)) throw new Error(`moodle: the question bank of module ${module.id} is not in the expected form`);
    head ??= text.slice(0, start + OPEN.length);
    bodies.push(text.slice(start + OPEN.length, text.length - CLOSE.length));
  }
  return { files: [textFile('course.moodle.xml', head === null ? emptyQuiz : `${head}${bodies.join('')}${CLOSE}`)], diagnostics: [] };
}
