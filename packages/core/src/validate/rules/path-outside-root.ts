import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** References, links and symlinks stay inside the content folder. */
export const pathOutsideRoot: Rule = {
  code: 'path-outside-root',
  severity: 'error',
  summary: 'Paths must stay inside the content folder.',
  description: 'A reference, link or symlink that leaves the content folder (`../../../etc/passwd`) is never read or followed, so it cannot be exported. Point at a file inside the course.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ gate: '- [ ] I read [the notes](../../../etc/passwd).\n' }),
  },
  check: reportFindings,
};
