import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

/** A GIF of one black pixel on a logical screen of `width` × `height`, which viewers show at that size. */
function gif(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 0, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]);
  new DataView(bytes.buffer).setUint16(6, width, true);
  new DataView(bytes.buffer).setUint16(8, height, true);
  return bytes;
}

/** An image declares no more pixels than an export can afford to decode. */
export const imageTooManyPixels: Rule = {
  code: 'image-too-many-pixels',
  severity: 'error',
  summary: 'An image shown from the content folder must declare at most `maxImagePixels` pixels (50 megapixels unless the configuration says otherwise).',
  description:
    "An image's header says how many pixels it has, and whatever shows it (the PDF typesetter here, a learner's browser in the LMS) decodes every one of them, at four bytes a pixel. A file of a few kilobytes can declare 60000 × 60000 pixels, which would take 14 GB to decode: a build would stop without a word, and a learner's browser tab would crash. Save the image at about the size it is shown (a page or a screen seldom needs more than a few megapixels), or raise `maxImagePixels` in `coursepack.config.json`. The module is not exported until it is fixed.",
  examples: {
    pass: exampleModule({ explainer: explainerWith('![The registry](img/registry.gif)'), extra: { 'm1/img/registry.gif': gif(640, 480) } }),
    fail: exampleModule({ explainer: explainerWith('![The registry](img/registry.gif)'), extra: { 'm1/img/registry.gif': gif(10000, 10000) } }),
  },
  check: reportFindings,
};
