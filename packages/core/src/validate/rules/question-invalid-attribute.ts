import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Question attributes are ones coursepack knows. */
export const questionInvalidAttribute: Rule = {
  code: 'question-invalid-attribute',
  severity: 'error',
  summary: 'A question attribute block may hold only `#id`, a kind and `points=N`, each once, and the id must be one every export can use.',
  description: 'A block such as `{#registry .multiple points=2}` at the end of a question pins its id, kind or points. Kinds are `.open`, `.single`, `.multiple`, `.true-false`, `.short` and `.numeric`. A pinned id starts with a letter, a digit or `_`, holds only letters, digits, `_`, `.` and `-`, and has at most 200 characters.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry points=2}\n2. Why gate promotion? See `02_explainer.md` §2.1.\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry weight=2}\n2. Why gate promotion? See `02_explainer.md` §2.1.\n' }),
  },
  check: reportFindings,
};
