import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

const SVG = (title: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><title>${title}</title><rect width="120" height="40" fill="#2d6cdf"/></svg>\n`;

/** An image is read, and packaged in every export, only up to a size. */
export const imageTooLarge: Rule = {
  code: 'image-too-large',
  severity: 'error',
  summary: 'An image shown from the content folder must be no larger than `maxImageSize` (10 MiB unless the configuration says otherwise).',
  description:
    "Every export carries its own copy of an image (Moodle XML even one per question that shows it), so one large file multiplies into every package a learner downloads and every upload an admin makes, and many LMSs cap the size of an upload. A file over the limit is not read at all, so a video or data dump saved under an image's name cannot stall a build. Save the image smaller (a diagram as SVG or PNG, a photo as JPEG at the size it is shown), or raise `maxImageSize` in `coursepack.config.json`. The module is not exported until it is fixed.",
  examples: {
    pass: { ...exampleModule({ explainer: explainerWith('![The registry](img/registry.svg)'), extra: { 'm1/img/registry.svg': SVG('The registry') } }), 'coursepack.config.json': '{ "maxImageSize": 1024 }' },
    fail: {
      ...exampleModule({ explainer: explainerWith('![The registry](img/registry.svg)'), extra: { 'm1/img/registry.svg': SVG(`The registry ${'and its many versions '.repeat(60)}`) } }),
      'coursepack.config.json': '{ "maxImageSize": 1024 }',
    },
  },
  check: reportFindings,
};
