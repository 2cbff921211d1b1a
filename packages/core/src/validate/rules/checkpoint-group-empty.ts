import type { Rule } from '../rule.js';
import { exampleModule } from './_example.js';

/** A checkpoint group holds at least one question. */
export const checkpointGroupEmpty: Rule = {
  code: 'checkpoint-group-empty',
  severity: 'error',
  summary: 'A checkpoint group must hold at least one question.',
  description: 'Each `###` heading under the checkpoint starts a group whose questions are the numbered list below it, or paragraphs and deeper headings that number a question each (`**1.** …`, `Q2. …`, `#### Q3. …`). An empty group cannot be scored: add questions or remove the heading.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `02_explainer.md` §1.1.\n\n### Applied\n\nNothing yet.\n' }),
  },
  check({ course, report }) {
    for (const module of course.modules) {
      for (const group of module.checkpoint.groups) {
        if (group.questions.length === 0) report(group.place, `Checkpoint group "${group.title}" has no questions; add a numbered list under it, or number each question (\`**1.** …\`, \`#### Q1. …\`)`, { module: module.id });
      }
    }
  },
};
