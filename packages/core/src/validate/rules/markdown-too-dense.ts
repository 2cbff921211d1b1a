import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { MAX_INLINE_MARKS } from '../../parse/parse-limits.js';
import { exampleModule } from './_example.js';

/** A paragraph holds no more emphasis and link marks than can be paired in reasonable time. */
export const markdownTooDense: Rule = {
  code: 'markdown-too-dense',
  severity: 'error',
  summary: `A paragraph must not hold more than ${MAX_INLINE_MARKS} emphasis, strikethrough and link marks.`,
  description: `Markdown pairs every \`*\`, \`_\`, \`~\`, \`[\` and \`]\` of a paragraph, heading or table cell with the others, and that work grows with the square of their number: a paragraph of tens of thousands (a pasted log, a line of generated data, a file crafted to stall CI) would take minutes or hours to read. A paragraph with more than ${MAX_INLINE_MARKS} is reported where it passes the limit, its file is not read further, and its module is not exported. Prose needs far fewer: split the paragraph, put data in a code block, or escape marks meant as text (\`\\*\`).`,
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ extra: { 'm1/03_study_material.md': `# 03. Study material\n\n${'*a* '.repeat(MAX_INLINE_MARKS / 2 + 1)}\n` } }),
  },
  check: reportFindings,
};
