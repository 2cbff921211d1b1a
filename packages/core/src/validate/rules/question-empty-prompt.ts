import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import { exampleModule } from './_example.js';

/** Every question asks something. */
export const questionEmptyPrompt: Rule = {
  code: 'question-empty-prompt',
  severity: 'error',
  summary: 'A question must have a prompt.',
  description:
    'A numbered item with nothing after its number (or only an attribute block such as `{#q3}`) would be exported as a blank question that learners cannot answer and LMSs show as empty. Write what the question asks, or remove the number. A prompt that is only an image counts as a prompt.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. What does a model registry add to an artifact store?\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What does a model registry add to an artifact store?\n2. {#placeholder}\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const q of moduleQuestions(module)) {
        if (q.prompt.markdown.trim() === '') report(q.place, 'This question asks nothing: write its prompt after the number, or remove the item', { module: module.id });
      }
    }
  },
};
