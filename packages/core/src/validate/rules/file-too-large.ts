import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Markdown files stay under the size limit. */
export const fileTooLarge: Rule = {
  code: 'file-too-large',
  severity: 'error',
  summary: 'A markdown file must stay under the size limit.',
  description: 'Files over `maxFileSize` (2 MiB unless the configuration says otherwise) are not read, so that a stray data dump cannot stall validation. Split the file or raise the limit in `coursepack.config.json`.',
  examples: {
    pass: { ...exampleModule(), 'coursepack.config.json': '{ "maxFileSize": 4096 }' },
    fail: { ...exampleModule({ extra: { 'm1/03_study_material.md': `# 03. Study material\n\n${'Long text. '.repeat(400)}\n` } }), 'coursepack.config.json': '{ "maxFileSize": 4096 }' },
  },
  check: reportFindings,
};
