import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

/** Markdown files stay under the size limit. */
export const fileTooLarge: Rule = {
  code: 'file-too-large',
  severity: 'error',
  summary: 'A markdown file must stay under the size limit.',
  description: 'Files over `maxFileSize` (2 MiB unless the configuration says otherwise) are not read, so that a stray data dump cannot stall validation. Split the file or raise the limit in `coursepack.config.json`.',
  examples: {
    pass: { 'coursepack.config.json': '{ "maxFileSize": 4096 }', 'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Start\n' },
    fail: { 'coursepack.config.json': '{ "maxFileSize": 64 }', 'm1/02_explainer.md': `# 02. Explainer\n\n## 1. Start\n\n${'Long text. '.repeat(20)}\n` },
  },
  check: reportFindings,
};
