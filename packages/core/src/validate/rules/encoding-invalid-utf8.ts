import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Markdown files are UTF-8. */
export const encodingInvalidUtf8: Rule = {
  code: 'encoding-invalid-utf8',
  severity: 'error',
  summary: 'Markdown files must be valid UTF-8.',
  description: 'A file with bytes that are not UTF-8 (often a file saved as Latin-1 or Windows-1252) is reported once, at its first bad byte, and not read further. Re-save it as UTF-8.',
  examples: {
    pass: exampleModule(),
    // "Café" saved as Latin-1: the é is the single byte 0xE9.
    fail: exampleModule({ extra: { 'm1/03_study_material.md': new Uint8Array([...new TextEncoder().encode('# 03. Study material\n\nCaf'), 0xe9, 0x0a]) } }),
  },
  check: reportFindings,
};
