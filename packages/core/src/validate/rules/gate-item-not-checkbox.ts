import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Completion gate items are checkboxes. */
export const gateItemNotCheckbox: Rule = {
  code: 'gate-item-not-checkbox',
  severity: 'error',
  summary: 'Completion gate items must be checkboxes.',
  description: 'The learner completes the module by ticking every gate item. Start each item with `[ ]`.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ gate: '- [ ] I can explain the registry.\n- I can design a gate.\n' }),
  },
  check: reportFindings,
};
