import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

/** Module folder names are unique in a course. */
export const moduleDuplicateId: Rule = {
  code: 'module-duplicate-id',
  severity: 'error',
  summary: 'Module folder names must be unique in a course.',
  description: 'A module\'s id is its folder name; it names its exports and resolves links between modules. Rename one of the folders.',
  examples: {
    pass: { 'a/m1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n', 'b/m2/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n' },
    fail: { 'a/m1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n', 'b/m1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n' },
  },
  check: reportFindings,
};
