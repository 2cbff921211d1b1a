import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

const SLIDES = 'https://example.org/slides.pdf';

/** A link to a file of the content folder names a file that is there. */
export const linkMissingFile: Rule = {
  code: 'link-missing-file',
  severity: 'error',
  scope: 'course',
  summary: 'A relative link to a file (a name with an extension that is not a module folder, a markdown page included) must name a file of the content folder.',
  description:
    "A link such as `[the slides](files/deck.pdf)` is looked for relative to its markdown file, the path read as a browser reads it (`%20` is a space; `?…` and `#…` are not part of the file name). A link to a page (`[the lab](05_hands_on_lab.md)`) must name a module file that is there, in this module or another. A misspelt or moved file gives learners a link that leads nowhere. Fix the path, add the file, or link to a full address (`https://…`), which is not checked. Links are checked against the folder's listing once all modules are in, so the modules are still exported, and the command fails.",
  examples: {
    pass: exampleModule({ explainer: explainerWith(`Read [the slides](${SLIDES}) first.`) }),
    fail: exampleModule({ explainer: explainerWith('Read [the slides](files/deck.pdf) first.') }),
  },
  check: reportFindings,
};
