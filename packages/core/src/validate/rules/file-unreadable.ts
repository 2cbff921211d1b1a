import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Files of the content folder can be read. */
export const fileUnreadable: Rule = {
  code: 'file-unreadable',
  severity: 'error',
  summary: 'Every module file, and every image or download a module uses, must be readable.',
  description: 'A broken symlink, or a file that cannot be opened or disappears while coursepack reads the folder, is skipped and reported. So is an image a module shows or a file it links to that is listed but cannot be read: it would be missing from every package that should carry it. Remove the link or fix its target, or the file\'s permissions.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ extra: { 'm1/03_study_material.md': { symlink: 'does-not-exist.md' } } }),
  },
  check: reportFindings,
};
