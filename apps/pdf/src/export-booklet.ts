import type { Course, Diagnostic } from '@coursepack/core';
import { ruleUrl } from '@coursepack/core';
import type { ExportResult } from '@coursepack/export-kit';
import { compileInChild } from './internal/compile-in-child.js';
import { documentData } from './internal/document-data.js';
import type { PdfOptions } from './render-pdf.js';

/** File name of the course booklet when it fits one volume. */
export const BOOKLET_FILE = 'course.pdf';

/** Most modules in one booklet volume (about 200 pages): larger courses get several volumes. */
export const BOOKLET_VOLUME = 50;

/**
 * The course booklet of every module's worksheet: `course.pdf`, or `course-01.pdf` … when the
 * course has more than {@link BOOKLET_VOLUME} modules. Each volume is typeset in its own child
 * process, so memory stays bounded however large the course.
 */
export async function exportBooklet(course: Course, options: PdfOptions & { volumeSize?: number } = {}): Promise<ExportResult> {
  const modules = course.modules;
  if (modules.length === 0) return { files: [], diagnostics: [] };
  const size = options.volumeSize ?? BOOKLET_VOLUME;
  const count = Math.ceil(modules.length / size);
  const digits = String(count).length < 2 ? 2 : String(count).length;
  const files = [];
  for (let v = 0; v < count; v++) {
    const part = modules.slice(v * size, (v + 1) * size);
    const title = count === 1 ? course.title : `${course.title} — volume ${v + 1} of ${count}`;
    const path = count === 1 ? BOOKLET_FILE : `course-${String(v + 1).padStart(digits, '0')}.pdf`;
    files.push({ path, bytes: await compileInChild(documentData(part, 'worksheet', options.paper, title)) });
  }
  const diagnostics: Diagnostic[] = [];
  const first = modules[0];
  if (count > 1 && first) {
    const code = 'pdf-booklet-volumes';
    diagnostics.push({ code, severity: 'info', message: `The course booklet has ${count} volumes of at most ${size} modules each (course-01.pdf …), not one course.pdf`, place: first.place, url: ruleUrl(code), module: null, related: null });
  }
  return { files, diagnostics };
}
