import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A § range runs from the lower section to the higher one. */
export const referenceReversedRange: Rule = {
  code: 'reference-reversed-range',
  severity: 'error',
  summary: 'A § range must run forwards.',
  description: 'In `§a-§b`, section `a` must come before `b` in the file (sections compare by number: `4.10` comes after `4.9`).',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `02_explainer.md` §1.2-§1.1.\n' }),
  },
  check: reportFindings,
};
