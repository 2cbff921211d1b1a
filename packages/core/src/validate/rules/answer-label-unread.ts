import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A paragraph under a question that reads like its answer but is not read as one. */
export const answerLabelUnread: Rule = {
  code: 'answer-label-unread',
  severity: 'warning',
  summary: "A paragraph under a question reads like an answer line (`Solution:`, `Antwort:`) but only `Answer:` or the course's own `answer` label starts one.",
  description:
    "A question's accepted answers are on a paragraph of its own that starts with `Answer:` (see the authoring guide). The course's own word for it, its `answer` label, starts one too (`Antwort:` in a German course, `Réponse :` in a French one). A paragraph starting with another word for it (`Solution:`, `Correct answer:`), the word in a language other than the course's (`Antwort:` in an English course), or `Answer` with a dash instead of the colon is not read as the answer: the question stays open, and the paragraph is printed as part of the prompt, so every learner is shown the answer. Write `Answer: …` for a short-answer or numeric question, or `> Model answer: …` for an open one.",
  examples: {
    pass: exampleModule({ checkpoint: '### Conceptual\n\n1. How many stages has the lifecycle? See `02_explainer.md` §1.2.\n\n   Answer: 4\n' }),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. How many stages has the lifecycle? See `02_explainer.md` §1.2.\n\n   Solution: 4\n' }),
  },
  check: reportFindings,
};
