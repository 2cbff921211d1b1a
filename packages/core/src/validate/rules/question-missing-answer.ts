import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import { exampleModule } from './_example.js';

/** An objective question has what it needs to be scored. */
export const questionMissingAnswer: Rule = {
  code: 'question-missing-answer',
  severity: 'error',
  summary: 'An objective question must carry its choices or its answer.',
  description: 'A question whose kind is set with an attribute (`.single`, `.numeric` …) needs the matching content: a task list of choices, or an `Answer:` line (numbers, optionally `± tolerance`, for `.numeric`).',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. How many replicas does the canary get? {.numeric}\n\n   Answer: 1\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. How many replicas does the canary get? {.numeric}\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const q of moduleQuestions(module)) {
        const isChoice = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'true-false';
        if (isChoice && q.choices.length < 2) report(q.place, `A ${q.kind} question needs at least two choices as a task list (\`- [ ]\`, \`- [x]\`)`, { module: module.id });
        else if (q.kind === 'short' && q.answers.length === 0) report(q.place, 'A short-answer question needs an `Answer:` line', { module: module.id });
        else if (q.kind === 'numeric' && q.numeric === null) report(q.place, 'A numeric question needs an `Answer:` line with a number, such as `Answer: 42 ± 0.5`', { module: module.id });
      }
    }
  },
};
