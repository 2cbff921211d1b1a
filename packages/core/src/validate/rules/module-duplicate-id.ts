import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

const REVIEW = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

/** Module folder names are unique in a course. */
export const moduleDuplicateId: Rule = {
  code: 'module-duplicate-id',
  severity: 'error',
  summary: 'Module folder names must be unique in a course, ignoring letter case.',
  description: "A module's id is its folder name; it names its exports and resolves links between modules. Names that differ only in letter case (`Intro` and `intro`) count as the same, because macOS and Windows ignore case in file names and the two modules' exports would overwrite each other there. Rename one of the folders.",
  examples: {
    pass: { 'a/m1/06_revision.md': REVIEW, 'b/m2/06_revision.md': REVIEW },
    fail: { 'a/m1/06_revision.md': REVIEW, 'b/m1/06_revision.md': REVIEW },
  },
  check: reportFindings,
};
