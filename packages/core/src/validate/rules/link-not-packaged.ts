import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

/** A link to a file of the content folder is one no export carries. */
export const linkNotPackaged: Rule = {
  code: 'link-not-packaged',
  severity: 'warning',
  scope: 'course',
  summary: 'A relative link to a file of the content folder (a download) will not open in an LMS: exports carry images, not linked files.',
  description:
    "Exports package the images modules show, but not other files their pages link to, such as `[the slides](files/deck.pdf)`: in a SCORM package, a cartridge or a QTI item, the link would point at a file that is not there, so exports keep its text and drop its target. Put the file where learners can reach it (the LMS's own files, or any site) and link to its full address (`https://…`); or, for a picture, show it as an image (`![…](…)`).",
  examples: {
    pass: exampleModule({ explainer: explainerWith('Read [the slides](https://example.org/slides.pdf) first.') }),
    fail: exampleModule({ explainer: explainerWith('Read [the slides](files/deck.pdf) first.'), extra: { 'm1/files/deck.pdf': '%PDF-1.4\n%%EOF\n' } }),
  },
  check: reportFindings,
};
