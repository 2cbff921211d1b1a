import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A rubric table needs a Total row. */
export const rubricMissingTotal: Rule = {
  code: 'rubric-missing-total',
  severity: 'error',
  summary: 'The self-evaluation rubric needs a Total row.',
  description: 'The Total row states the maximum score of the module. Add a last row labelled `Total` (or as the course\'s `total` label: `Gesamt` in a German course) whose maximum is the sum of the rows above it.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | __ | 4 |\n| Reflection honesty | __ | 2 |\n' }),
  },
  check: reportFindings,
};
