import { placeOfFile } from '../../parse/source-file.js';
import { checkSchema } from '../../schema/check-schema.js';
import type { Rule } from '../rule.js';
import { exampleModule } from './_example.js';

/** The model built from the content conforms to the published JSON Schema. */
export const modelSchema: Rule = {
  code: 'model-schema',
  severity: 'error',
  summary: 'The course model must conform to the published JSON Schema.',
  description: 'Every model is checked against `course.schema.json` with ajv, so what other tools read is what the schema promises. Most violations come from pinned ids with characters that export formats reject: ids may hold letters, digits, `_`, `.` and `-`.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry}\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#-registry}\n' }),
  },
  check({ course, report }) {
    for (const problem of checkSchema(course)) {
      report(problem.place ?? placeOfFile(course.modules[0]?.place.file ?? 'coursepack.config.json'), problem.message, { module: problem.module });
    }
  },
};
