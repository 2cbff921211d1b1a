import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import { exampleModule } from './_example.js';

/** A choice question marks at least one correct choice. */
export const choiceNoCorrect: Rule = {
  code: 'choice-no-correct',
  severity: 'error',
  summary: 'A choice question must mark a correct choice with `[x]`.',
  description: 'Choices are the task list under a question; `[x]` marks the correct ones. With none marked the question cannot be scored.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. Which store tracks lifecycle states?\n   - [ ] Artifact store\n   - [x] Model registry\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. Which store tracks lifecycle states?\n   - [ ] Artifact store\n   - [ ] Model registry\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const q of moduleQuestions(module)) {
        const isChoice = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'true-false';
        if (isChoice && q.choices.length > 0 && !q.choices.some((c) => c.isCorrect)) {
          report(q.place, 'No choice is marked correct; mark the right one with `[x]`', { module: module.id });
        }
      }
    }
  },
};
