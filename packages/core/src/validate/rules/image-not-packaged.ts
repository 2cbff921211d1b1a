import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

/** Images kept beside the markdown are not copied into the exports yet. */
export const imageNotPackaged: Rule = {
  code: 'image-not-packaged',
  severity: 'warning',
  scope: 'course',
  summary: 'An image kept in the content folder is not copied into the exports yet.',
  description:
    'coursepack does not yet copy image files into its packages, so an image shown from a relative path (`![The registry](img/registry.png)`) will be missing in SCORM, QTI, Common Cartridge and Moodle, and left out of the PDFs. Until it does, publish the image where learners can reach it and show it by its full `https://` address: that shows in every format but the PDFs, which leave images out.',
  examples: {
    pass: exampleModule({ explainer: explainerWith('![The registry](https://example.org/registry.png)') }),
    fail: exampleModule({ explainer: explainerWith('![The registry](img/registry.png)'), extra: { 'm1/img/registry.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) } }),
  },
  check: reportFindings,
};
