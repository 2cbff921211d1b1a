import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Course, Place } from '../model/types.js';
import { validate } from './course-validator.js';

/** A schema violation mapped back to the source node the bad value came from. */
export interface SchemaProblem {
  place: Place | null;
  module: string | null;
  message: string;
}

/**
 * The model schema's validator (ajv, draft 2020-12, every error), compiled ahead of time: compiling
 * it took each process 0.3–0.5 s, and every build worker is a process.
 */
export function courseValidator(): ValidateFunction {
  return validate as ValidateFunction;
}

/** Check a value against the model schema; each error is placed at the nearest value with a place. */
export function checkSchema(course: Course): SchemaProblem[] {
  const check = courseValidator();
  if (check(course)) return [];
  return (check.errors ?? []).map((error) => describe(error, course));
}

function describe(error: ErrorObject, course: Course): SchemaProblem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = course;
  let place: Place | null = null;
  let module: string | null = null;
  for (const [i, segment] of segments.entries()) {
    if (value === null || typeof value !== 'object') break;
    value = (value as Record<string, unknown>)[segment];
    if (i === 1 && segments[0] === 'modules' && value && typeof value === 'object') module = String((value as { id?: unknown }).id ?? '');
    const p = value && typeof value === 'object' ? (value as { place?: Place }).place : undefined;
    if (p && typeof p === 'object' && 'line' in p) place = p;
  }
  const field = segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? 'course';
  const detail = error.keyword === 'pattern' ? `must match ${String(error.params['pattern'])}` : (error.message ?? 'is invalid');
  const shown = value === undefined ? '' : ` (\`${JSON.stringify(value)?.slice(0, 60)}\`)`;
  return { place, module, message: `The ${field}${shown} ${detail}` };
}
