import { isNumericAnswer } from '../../model/read-answer.js';
import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import { exampleModule } from './_example.js';

const QUESTION = '### Conceptual\n\n1. What p99 latency budget does the canary get, in ms?\n\n   Answer: ';

// A number, then a tolerance sign: the author meant a value and a tolerance.
const TOLERANCE_WRITTEN = /\d\s*(?:±|\+\/-)/;

/** An answer written as a number with a tolerance is read as one, or the author hears why not. */
export const answerToleranceUnread: Rule = {
  code: 'answer-tolerance-unread',
  severity: 'warning',
  summary: 'An answer written with `±` must be a number and a tolerance, or it is text that learners must type as written.',
  description:
    'A question whose answer is a number, optionally with `± tolerance`, is scored as a number: `Answer: 200 ± 10` accepts 190 to 210. When the tolerance is not a plain number (`± 5%`, `± -1`, `± 0.5 ms`) or the value is not one (`1,000 ± 5`), the answer is read as text instead, and only a learner who types `200 ± 5%` itself is marked right. Write the value and the tolerance as plain numbers in the same unit (put the unit in the prompt), or mark the question `{.short}` if the text is meant.',
  examples: {
    pass: exampleModule({ checkpoint: `${QUESTION}200 ± 10\n` }),
    fail: exampleModule({ checkpoint: `${QUESTION}200 ± 5%\n` }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const q of moduleQuestions(module)) {
        if (q.kind !== 'short') continue;
        const unread = q.answers.filter((a) => TOLERANCE_WRITTEN.test(a) && !isNumericAnswer(a));
        for (const a of unread) {
          report(q.place, `\`${a}\` reads as text, not as a number ± a tolerance, so learners must type it exactly as written; write both as plain numbers in one unit (\`Answer: 200 ± 10\`), or mark the question \`{.short}\` if the text is meant`, { module: module.id });
        }
      }
    }
  },
};
