import { placeOf } from '../../model/place-of.js';
import type { Rule } from '../rule.js';
import { walkTree } from '../walk-tree.js';
import { exampleModule } from './_example.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Every code fence is closed. */
export const codeFenceUnclosed: Rule = {
  code: 'code-fence-unclosed',
  severity: 'error',
  summary: 'A code fence must be closed.',
  description: 'A fence (```` ``` ```` or `~~~`) that is never closed swallows the rest of the file, so every heading, question and rubric row after it disappears. Close it with the same fence.',
  examples: {
    pass: exampleModule({ extra: { 'm1/05_hands_on_lab.md': '# 05. Lab\n\n## Steps\n\n```sh\nmake deploy\n```\n\nThen check the dashboard.\n' } }),
    fail: exampleModule({ extra: { 'm1/05_hands_on_lab.md': '# 05. Lab\n\n## Steps\n\n```sh\nmake deploy\n\nThen check the dashboard.\n' } }),
  },
  check({ documents, report, moduleOf }) {
    for (const doc of documents.values()) {
      walkTree(doc.tree, (node) => {
        if (node.type !== 'code' || !node.position) return;
        const start = node.position.start.offset ?? 0;
        const end = node.position.end.offset ?? 0;
        const lines = doc.text.slice(start, end).split(/\r\n|\r|\n/);
        const open = FENCE.exec(lines[0] ?? '')?.[1];
        if (!open) return;
        const last = (lines.at(-1) ?? '').trim().replace(/^>\s*/, '');
        const isClosed = lines.length > 1 && last.startsWith(open[0]!.repeat(open.length)) && /^(`+|~+)$/.test(last);
        if (!isClosed) report({ ...placeOf(node, doc.path), endLine: node.position.start.line, endColumn: node.position.start.column + open.length }, `This code fence (${open}) is never closed; everything after it is read as code`, { module: moduleOf(doc.path) });
      });
    }
  },
};
