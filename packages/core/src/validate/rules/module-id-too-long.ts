import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { MAX_MODULE_ID_BYTES } from '../../model/module-names.js';
import { modulesNamed } from './_example.js';

/** A module folder's name leaves room for the names of its exports. */
export const moduleIdTooLong: Rule = {
  code: 'module-id-too-long',
  severity: 'error',
  summary: `A module folder name must be at most ${MAX_MODULE_ID_BYTES} bytes long.`,
  description: `A module's exports are named after its folder (\`<module>-worksheet.pdf\`, \`<module>.moodle.xml\`, …), and file systems allow 255 bytes (in UTF-8) to a file name. A folder name longer than ${MAX_MODULE_ID_BYTES} bytes leaves no room for what the exports add to it, so the module is not built, and the others are. Shorten the folder name; the module's title comes from its review page, not from the folder.`,
  examples: {
    pass: modulesNamed('m01_registries'),
    fail: modulesNamed(`m01_${'registries_'.repeat(19)}`),
  },
  check: reportFindings,
};
