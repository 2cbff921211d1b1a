import type { Course, Labels, Module } from '@coursepack/core';
import { COURSE_SCHEMA_ID } from '@coursepack/core';

/** A JSON export document: the course model with `$schema` first, holding the given modules. */
export interface CourseDocument {
  $schema: string;
  schemaVersion: string;
  title: string;
  language: string;
  labels: Labels;
  modules: Module[];
}

/**
 * The document for a set of modules. A module file uses the same shape with one module, so the
 * course schema validates both.
 */
export function courseDocument(course: Course, modules: readonly Module[]): CourseDocument {
  return { $schema: COURSE_SCHEMA_ID, schemaVersion: course.schemaVersion, title: course.title, language: course.language, labels: course.labels, modules: [...modules] };
}
