import type { Rule } from '../rule.js';
import type { Question } from '../../model/types.js';
import { exampleModule } from './_example.js';

/** The same question is not asked twice in a module. */
export const questionDuplicate: Rule = {
  code: 'question-duplicate',
  severity: 'warning',
  summary: 'A module must not ask the same question twice.',
  description: 'Two checkpoint questions with the same text (ignoring case and spacing) are usually a copy-paste slip. Reword or remove one.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `02_explainer.md` §1.1.\n2. What is a registry? See `02_explainer.md` §1.1.\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      const seen = new Map<string, Question>();
      for (const question of module.checkpoint.groups.flatMap((g) => g.questions)) {
        const key = question.prompt.text.toLowerCase().replace(/\s+/g, ' ').trim();
        const first = seen.get(key);
        if (first) report(question.place, `This question repeats question ${first.id}`, { module: module.id, related: { message: 'first asked here', place: first.place } });
        else seen.set(key, question);
      }
    }
  },
};
