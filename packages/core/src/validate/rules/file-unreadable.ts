import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

/** Files of the content folder can be read. */
export const fileUnreadable: Rule = {
  code: 'file-unreadable',
  severity: 'error',
  summary: 'Every module file must be readable.',
  description: 'A broken symlink or a file that cannot be opened is skipped and reported. Remove the link or fix its target.',
  examples: {
    pass: { 'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n' },
    fail: { 'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n', 'm1/03_study_material.md': { symlink: 'does-not-exist.md' } },
  },
  check: reportFindings,
};
