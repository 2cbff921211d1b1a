import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/** Names of the content folder's files and folders can go into a package as they are. */
export const fileNameUnportable: Rule = {
  code: 'file-name-unportable',
  severity: 'error',
  scope: 'course',
  summary: 'File and folder names must not hold a backslash or a control character.',
  description:
    'Zip tools and Windows read a backslash as a folder separator, so `img\\chart.png` would come out of a package as `img/chart.png`, where no page looks for it; XML cannot carry a control character at all. Such a file or folder is skipped: an image or link that needs it is reported as missing, and a module folder so named is not built. The other modules are still exported, and the command fails. Rename it, for example with `-` in place of the backslash.',
  examples: {
    pass: exampleModule(),
    fail: exampleModule({ extra: { 'm1/notes\\draft.md': '# Draft\n' } }),
  },
  check: reportFindings,
};
