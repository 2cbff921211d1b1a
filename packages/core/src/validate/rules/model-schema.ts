import { placeOfFile } from '../../parse/source-file.js';
import { checkSchema } from '../../schema/check-schema.js';
import type { Rule } from '../rule.js';
import { exampleModule } from './_example.js';

/** The model built from the content conforms to the published JSON Schema. */
export const modelSchema: Rule = {
  code: 'model-schema',
  severity: 'error',
  summary: 'The course model must conform to the published JSON Schema.',
  description:
    'Every model is checked against `course.schema.json` with ajv, so what other tools read is what the schema promises. Content that breaks a promise of the schema (a pinned id no format accepts, a number too large to hold) is reported by the rule about it, so no known content fails this check: it stands guard against a bug in coursepack. If it reports something, the module is not exported; please report it as a bug, with the markdown that caused it.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry}\n' }),
    fail: null,
  },
  check({ course, report }) {
    for (const problem of checkSchema(course)) {
      report(problem.place ?? placeOfFile(course.modules[0]?.place.file ?? 'coursepack.config.json'), problem.message, { module: problem.module });
    }
  },
};
