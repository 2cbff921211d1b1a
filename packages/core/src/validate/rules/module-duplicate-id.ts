import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

const REVIEW = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

/** Module folder names are unique in a course. */
export const moduleDuplicateId: Rule = {
  code: 'module-duplicate-id',
  severity: 'error',
  summary: 'Module folder names must be unique in a course.',
  description: 'A module\'s id is its folder name; it names its exports and resolves links between modules. Rename one of the folders.',
  examples: {
    pass: { 'a/m1/06_revision.md': REVIEW, 'b/m2/06_revision.md': REVIEW },
    fail: { 'a/m1/06_revision.md': REVIEW, 'b/m1/06_revision.md': REVIEW },
  },
  check: reportFindings,
};
