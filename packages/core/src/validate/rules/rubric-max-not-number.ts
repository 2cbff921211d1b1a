import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Every rubric maximum (and the Total) is a number. */
export const rubricMaxNotNumber: Rule = {
  code: 'rubric-max-not-number',
  severity: 'error',
  summary: 'Rubric maxima must be numbers.',
  description: 'The maximum column (headed `/`, `Max` or `Points`, else the last column) holds how many points each row is worth. Write a plain number such as `10` or `**10**`.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | __ | ten |\n| Reflection honesty | __ | 2 |\n| **Total** | __ | **6** |\n' }),
  },
  check: reportFindings,
};
