import type { Rule } from '../rule.js';
import { moduleQuestions } from '../rule.js';
import type { Question } from '../../model/types.js';
import { exampleModule } from './_example.js';

/** Question ids are unique within a module. */
export const questionDuplicateId: Rule = {
  code: 'question-duplicate-id',
  severity: 'error',
  summary: 'Question ids must be unique within a module.',
  description: 'Ids identify questions in every export and in learners\' saved progress. A pinned id (`{#id}`) must not repeat another question\'s id.',
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry}\n2. What is a gate? {#gate}\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? {#registry}\n2. What is a gate? {#registry}\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      const seen = new Map<string, Question>();
      const all = moduleQuestions(module);
      for (const question of all) {
        const first = seen.get(question.id);
        if (first) report(question.place, `Question id \`${question.id}\` is already used in this module`, { module: module.id, related: { message: 'first used here', place: first.place } });
        else seen.set(question.id, question);
      }
    }
  },
};
