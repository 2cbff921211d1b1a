import type { Rule } from '../rule.js';
import { exampleModule } from './_example.js';

/** A module has a review page. */
export const moduleMissingReview: Rule = {
  code: 'module-missing-review',
  severity: 'warning',
  summary: 'A module should have a review page.',
  description: 'The review page (`06_revision.md` or `06_review.md`) holds the checkpoint, rubric and completion gate that every export is built around. Without it a module exports only its reading.',
  examples: {
    pass: exampleModule(),
    fail: { 'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n' },
  },
  check({ course, report }) {
    for (const module of course.modules) {
      if (!module.files.some((f) => f.role === 'review')) report(module.place, `Module ${module.id} has no review page (06_revision.md)`, { module: module.id });
    }
  },
};
