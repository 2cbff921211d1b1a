import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Every checkpoint group has a rubric row. */
export const checkpointGroupUnscored: Rule = {
  code: 'checkpoint-group-unscored',
  severity: 'warning',
  summary: 'Every checkpoint group needs a row in the rubric.',
  description: 'A group without a rubric row gives its questions 1 point each and is left out of the stated Total. Add a row named after the group.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `02_explainer.md` §1.1.\n\n### Applied\n\n1. Design a promotion gate.\n' }),
  },
  check: reportFindings,
};
