import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { modulesNamed } from './_example.js';

/** A module folder's name is one Windows can hold, since its exports are named after it. */
export const moduleIdNotPortable: Rule = {
  code: 'module-id-not-portable',
  severity: 'warning',
  summary: 'A module folder name should be one Windows allows as a file name.',
  description:
    'A module\'s exports are named after its folder (`<module>.zip`, `<module>.moodle.xml`, …). Linux and macOS allow `<`, `>`, `:`, `"`, `|`, `?` and `*` in a name, a name ending with a dot or a space, and names such as `con` or `aux`; Windows allows none of them, so an admin there cannot unpack or copy those exports (nor check out the course). The module is still exported. Rename the folder, for example `m01-intro` for `m01: intro`.',
  examples: {
    pass: modulesNamed('m01-intro'),
    fail: modulesNamed('m01: intro'),
  },
  check: reportFindings,
};
