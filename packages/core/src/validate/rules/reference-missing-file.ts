import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** A referenced module file must exist. */
export const referenceMissingFile: Rule = {
  code: 'reference-missing-file',
  severity: 'error',
  summary: 'A referenced file must exist in the module.',
  description: 'References such as ``See `02_explainer.md` §1.3`` are resolved relative to the file that contains them. Check the file name, or add the file.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ checkpoint: '### Conceptual\n\n1. What is a registry? See `03_study_material.md` §1.\n' }),
  },
  check: reportFindings,
};
