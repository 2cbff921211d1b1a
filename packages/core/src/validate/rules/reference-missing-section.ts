import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A referenced § section must be a numbered heading of its file. */
export const referenceMissingSection: Rule = {
  code: 'reference-missing-section',
  severity: 'error',
  summary: 'A referenced § section must be a numbered heading in its file.',
  description: 'Section numbers come from headings such as `### 1.3 Title` or `## §4. Title`. A `§` without a file means the module\'s explainer. Fix the number or add the heading.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `02_explainer.md` §1.7.\n' }),
  },
  check: reportFindings,
};
