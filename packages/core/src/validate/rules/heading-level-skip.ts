import { placeOf } from '../../model/place-of.js';
import type { Rule } from '../rule.js';
import { exampleModule } from './_example.js';

/** Heading levels go down one step at a time. */
export const headingLevelSkip: Rule = {
  code: 'heading-level-skip',
  severity: 'warning',
  summary: 'Heading levels must not skip (an H2 is followed by an H3, not an H4).',
  description: 'Skipped levels break the document outline that screen readers, the printed table of contents and section numbering rely on. Use the next level down.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ explainer: '# 02. Explainer\n\n## 1. Registries\n\n#### 1.1 Artifacts\n\nText.\n\n### 1.2 Lifecycle\n\nText.\n\n## 2. Gates\n\n### 2.1 Promotion\n\nText.\n' }),
  },
  check({ documents, report, moduleOf }) {
    for (const doc of documents.values()) {
      let previous = 0;
      for (const node of doc.tree.children) {
        if (node.type !== 'heading') continue;
        if (previous > 0 && node.depth > previous + 1) {
          report(placeOf(node, doc.path), `Heading level ${node.depth} follows level ${previous}; use level ${previous + 1}`, { module: moduleOf(doc.path) });
        }
        previous = node.depth;
      }
    }
  },
};
