import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** The configuration file is valid. */
export const configInvalid: Rule = {
  code: 'config-invalid',
  severity: 'error',
  scope: 'course',
  summary: 'coursepack.config.json must be valid.',
  description: 'The configuration is JSON with the keys `title`, `language`, `roles`, `sections`, `wrapperFolders`, `abbreviations`, `passingScore`, `maxFileSize`, `maxImageSize`, `maxImagePixels`, `maxDownloadSize`, `labels` and `pdfFonts` (see docs/authoring.md). Unknown keys and malformed values are reported and ignored.',
  examples: {
    pass: { ...exampleModule(), 'coursepack.config.json': '{ "title": "MLOps", "passingScore": 0.8 }' },
    fail: { ...exampleModule(), 'coursepack.config.json': '{ "title": "MLOps", "passingScore": 80 }' },
  },
  check: reportFindings,
};
