import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

/** A content folder holds at least one module. */
export const courseNoModules: Rule = {
  code: 'course-no-modules',
  severity: 'error',
  scope: 'course',
  summary: 'A content folder must hold at least one module.',
  description:
    'A module is a folder with numbered files whose names give their role, such as `02_explainer.md` or `06_revision.md` (see the authoring guide). A folder without any is most often the wrong folder, for example the repository root instead of `content/`, and passing it silently would let a CI check pass that checked nothing. The diagnostic points at the content folder itself.',
  examples: {
    pass: { 'm1/06_revision.md': '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n' },
    fail: { 'notes/README.md': '# Notes\n\nNot a module: no numbered role file.\n' },
  },
  check: reportFindings,
};
