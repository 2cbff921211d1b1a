import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A link to another module must resolve to a module folder of the course. */
export const linkMissingModule: Rule = {
  code: 'link-missing-module',
  severity: 'error',
  summary: 'A link to another module must resolve to a module of the course.',
  description: 'A link such as `[next](../00_realtime_voice_agents/)` is resolved relative to its file first, then by module folder name anywhere in the course. Fix the folder name or add the module.',
  examples: {
    pass: exampleModule({ gate: '- [ ] I am ready for [the next module](../m2/).\n', extra: { 'm2/06_revision.md': '# 06. Module 2 Review — Next\n\n## Completion gate\n\n- [ ] Done.\n' } }),
    fail: exampleModule({ gate: '- [ ] I am ready for [the next module](../m9/).\n' }),
  },
  check: reportFindings,
};
