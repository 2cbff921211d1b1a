import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

/** A link to a file of the content folder of a type no package carries. */
export const linkNotPackaged: Rule = {
  code: 'link-not-packaged',
  severity: 'warning',
  scope: 'course',
  summary: 'A relative link to a file of the content folder must be of a type packages carry (documents, data, code, archives, pictures, audio and video); a page or a file without an extension is not carried.',
  description:
    "SCORM packages, the cartridge and the JSON export carry the files modules link to, such as `[the slides](files/deck.pdf)`, when a browser shows, plays or saves their type: documents (`.pdf`, `.docx`, `.pptx`, `.txt` …), data (`.csv`, `.json`, `.yaml` …), code (`.py`, `.ipynb`, `.sql` …), archives (`.zip`, `.tar.gz` …), pictures, audio and video. Packages are served from the LMS's own site, where a page (`.html`, `.svg`, `.xml`) opened on its own would run its scripts with that site's rights, and a browser guesses what a file without a known extension is: those are not carried, and exports keep the link's text and drop its target. Link to such a file at its full address (`https://…`), or save it as a type that is carried (a page as PDF, a drawing as PNG shown as an image). See docs/authoring.md, \"Linked files\", for every type.",
  examples: {
    pass: exampleModule({ explainer: explainerWith('Read [the slides](files/deck.pdf) first.'), extra: { 'm1/files/deck.pdf': '%PDF-1.4\n%%EOF\n' } }),
    fail: exampleModule({ explainer: explainerWith('Read [the slides](files/deck.html) first.'), extra: { 'm1/files/deck.html': '<!doctype html><title>Slides</title>\n' } }),
  },
  check: reportFindings,
};
