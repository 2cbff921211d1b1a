import type { Diagnostic } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js';
import type { ContentSource } from '../load/content-source.js';
import { courseSkeleton } from '../model/course-skeleton.js';
import { readConfig } from '../model/read-config.js';
import { buildCourse } from './build-course.js';

/**
 * Every diagnostic of a course, the same as {@link buildCourse} reports, found one module at a
 * time: each module's model is dropped once its rules have run, so memory holds one module's
 * model (and the source bytes), however large the course.
 */
export function validateCourse(source: ContentSource): Diagnostic[] {
  const diagnostics = [...buildCourse(source, { only: new Set() }).diagnostics];
  const { config } = readConfig(source.configText);
  for (const module of courseSkeleton(source, config).modules) {
    diagnostics.push(...buildCourse(source, { only: new Set([module.id]), courseFindings: false }).diagnostics);
  }
  return sortDiagnostics(diagnostics);
}
