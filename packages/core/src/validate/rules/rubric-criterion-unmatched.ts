import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Each rubric row scores a checkpoint group (by title) or the reflection prompts. */
export const rubricCriterionUnmatched: Rule = {
  code: 'rubric-criterion-unmatched',
  severity: 'warning',
  summary: 'Each rubric row must name a checkpoint group or the reflection.',
  description: 'A row labelled like a checkpoint group (`Conceptual`, `Applied`) shares its maximum among that group\'s questions; a row starting with `Reflection` (or `Reflexion`, `Réflexion`, `Riflessione`) scores the reflection prompts. A row that matches neither scores nothing the learner does.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | __ | 4 |\n| Teamwork | __ | 2 |\n| **Total** | __ | **6** |\n' }),
  },
  check: reportFindings,
};
