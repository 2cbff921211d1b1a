import { readFileSync } from 'node:fs';

/** The published JSON Schema (draft 2020-12) of the course model. */
export const courseSchema: Record<string, unknown> = JSON.parse(
  readFileSync(new URL('../../schema/course.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

/** The schema's `$id`: a versioned URI that JSON exports point at with `$schema`. */
export const COURSE_SCHEMA_ID = courseSchema['$id'] as string;
