import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A score written into the rubric cannot exceed the row's maximum. */
export const rubricScoreAboveMax: Rule = {
  code: 'rubric-score-above-max',
  severity: 'error',
  summary: 'A rubric score must not exceed its maximum.',
  description: 'When a score is filled in (instead of `__`), it must be between 0 and the row maximum.',
  examples: {
    pass: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | 3 | 4 |\n| Reflection honesty | __ | 2 |\n| **Total** | __ | **6** |\n' }),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | 5 | 4 |\n| Reflection honesty | __ | 2 |\n| **Total** | __ | **6** |\n' }),
  },
  check: reportFindings,
};
