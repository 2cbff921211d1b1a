import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import { exampleModule } from './_example.js';

const QUESTION = '### Conceptual\n\n1. How many replicas does the canary get?\n\n   Answer: ';

/** A numeric question is scored against one value, so every answer after the first would be lost. */
export const numericAnswersIgnored: Rule = {
  code: 'numeric-answers-ignored',
  severity: 'warning',
  summary: 'A numeric question takes one value (with a tolerance): answers after the first are not used.',
  description:
    'Every export scores a numeric question against one value and its tolerance, as SCORM, QTI, Moodle and GIFT grade numbers: `Answer: 2 | 3` is scored as `2`, and a learner who answers `3` is marked wrong. Give one value with a tolerance that covers the range (`Answer: 2.5 ± 0.5`), or mark the question `{.short}` to accept each answer exactly as written.',
  examples: {
    pass: exampleModule({ checkpoint: `${QUESTION}2.5 ± 0.5\n` }),
    fail: exampleModule({ checkpoint: `${QUESTION}2 | 3\n` }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const q of moduleQuestions(module)) {
        if (q.kind !== 'numeric' || q.numeric === null || q.answers.length < 2) continue;
        const [first, ...rest] = q.answers;
        report(q.place, `A numeric question is scored against one value: exports accept \`${first}\` and not ${rest.map((a) => `\`${a}\``).join(', ')}; give one value with a tolerance (\`Answer: 2.5 ± 0.5\`), or mark the question \`{.short}\` to accept each answer as written`, { module: module.id });
      }
    }
  },
};
