import { placeOf } from '../../model/place-of.js';
import type { Rule } from '../rule.js';
import { walkTree } from '../walk-tree.js';
import { exampleModule } from './_example.js';

/** Every table row has as many cells as the header. */
export const tableRowCells: Rule = {
  code: 'table-row-cells',
  severity: 'error',
  summary: 'Each table row must have as many cells as the header.',
  description: 'A missing or extra `|` shifts cells into the wrong columns; in the rubric that moves a maximum into the score column. Make every row match the header.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ rubric: '| Section | Score | / |\n|---|---|---|\n| Conceptual | 4 |\n| Reflection honesty | __ | 2 |\n| **Total** | __ | **6** |\n' }),
  },
  check({ documents, report, moduleOf }) {
    for (const doc of documents.values()) {
      walkTree(doc.tree, (node) => {
        if (node.type !== 'table') return;
        const expected = node.children[0]?.children.length ?? 0;
        for (const row of node.children.slice(1)) {
          if (row.children.length !== expected) {
            report(placeOf(row, doc.path), `This row has ${row.children.length} cells, but the table has ${expected} columns`, { module: moduleOf(doc.path) });
          }
        }
      });
    }
  },
};
