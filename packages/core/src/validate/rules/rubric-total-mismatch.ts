import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** The rubric rows must add up to the Total row. */
export const rubricTotalMismatch: Rule = {
  code: 'rubric-total-mismatch',
  severity: 'error',
  summary: 'Rubric rows must add up to the Total row.',
  description: 'The self-evaluation Total is what the learner is scored out of, and what every export reports as the maximum score. When the rows add up to something else, one of them is wrong: fix the row maxima or the Total.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | __ | 4 |\n| Reflection honesty | __ | 2 |\n| **Total** | __ | **7** |\n' }),
  },
  check: reportFindings,
};
