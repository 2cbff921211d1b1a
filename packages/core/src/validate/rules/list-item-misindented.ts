import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

const question = (indent: string) => `### Conceptual

1. Which store tracks lifecycle states? See \`02_explainer.md\` §1.2.
${indent}- [ ] Artifact store
${indent}- [x] Model registry
2. Why gate promotion on evaluation? See \`02_explainer.md\` §2.1.
`;

/** What is written under a numbered item reaches the column where the item's text starts. */
export const listItemMisindented: Rule = {
  code: 'list-item-misindented',
  severity: 'warning',
  summary: "The choices, feedback and text under a numbered item must be indented to where the item's text starts.",
  description:
    "Markdown counts what is under a numbered item as the item's only when it is indented as far as the item's text: three spaces under `1.`, four under `10.`. Choices indented three spaces under `10. Which…?` (as under `9.`) are read by markdown as a list of their own, and by any other renderer (GitHub's among them) as such: each choice would become a question. coursepack reads such a block as the item's, as it was meant, and reports it so that the file says the same everywhere. Indent it as the message says.",
  examples: {
    pass: exampleModule({ checkpoint: question('   ') }),
    fail: exampleModule({ checkpoint: question('  ') }),
  },
  check: reportFindings,
};
