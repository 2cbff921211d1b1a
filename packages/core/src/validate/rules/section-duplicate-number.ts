import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Numbered headings of a file have distinct numbers. */
export const sectionDuplicateNumber: Rule = {
  code: 'section-duplicate-number',
  severity: 'error',
  summary: 'Two headings of a file must not share a section number.',
  description: 'References point at sections by number, so each number must name one heading. Renumber the later heading.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ explainer: '# 02. Explainer\n\n## 1. Registries\n\n### 1.1 Artifacts\n\nText.\n\n### 1.2 Lifecycle\n\nText.\n\n### 1.2 Again\n\nText.\n\n## 2. Gates\n\n### 2.1 Promotion\n\nText.\n' }),
  },
  check: reportFindings,
};
