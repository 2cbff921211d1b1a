import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule, explainerWith } from './_example.js';

const SVG = (inside: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">${inside}<rect width="120" height="40" fill="#2d6cdf"/></svg>\n`;

/** An image that is packaged is one every export shows, and an SVG holds nothing that runs. */
export const imageUnsupported: Rule = {
  code: 'image-unsupported',
  severity: 'error',
  summary: 'An image shown from the content folder must be a PNG, JPEG, GIF, WebP or SVG file, and an SVG must hold nothing that runs or loads anything.',
  description:
    "The file's bytes decide its format, not its name. Packages are served from the LMS's own site, where a learner can open an image on its own, so an SVG is refused, not cleaned, when it holds a `<script>`, an event handler (`onload=`), a `<foreignObject>`, a DOCTYPE or entity declaration, or a link, `url()` or `@import` to anything but a `#fragment` of itself. Export the drawing again without scripts and with its fonts and images inlined, or save it as a PNG. The module is not exported until it is fixed.",
  examples: {
    pass: exampleModule({ explainer: explainerWith('![The registry](img/registry.svg)'), extra: { 'm1/img/registry.svg': SVG('<title>The registry</title>') } }),
    fail: exampleModule({ explainer: explainerWith('![The registry](img/registry.svg)'), extra: { 'm1/img/registry.svg': SVG('<script>alert(document.cookie)</script>') } }),
  },
  check: reportFindings,
};
