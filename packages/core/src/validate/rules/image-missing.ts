import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

/** An image shown from the content folder is a file there. */
export const imageMissing: Rule = {
  code: 'image-missing',
  severity: 'error',
  scope: 'course',
  summary: 'An image shown from a relative path must be a file of the content folder.',
  description:
    "An image such as `![The registry](img/registry.svg)` is looked for relative to its markdown file; a misspelt or moved file would show learners a broken image. Fix the path, or add the file. Images at a full address (`https://…`) are not checked. Every module's images are checked against the folder's listing once all modules are in, so the modules are still exported, and the command fails.",
  examples: {
    pass: exampleModule({ explainer: explainerWith('![The registry](img/registry.svg)'), extra: { 'm1/img/registry.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><title>The registry</title></svg>\n' } }),
    fail: exampleModule({ explainer: explainerWith('![The registry](img/registy.svg)'), extra: { 'm1/img/registry.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><title>The registry</title></svg>\n' } }),
  },
  check: reportFindings,
};
