import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';

const EXPLAINER = '# 02. Explainer\n\n## 1. Registries\n\n### 1.1 Artifacts\n\nBytes with a name.\n';
const REVIEW = (title: string, checkpoint: string) => `# 06. ${title} Review — Start\n\n## Embedded checkpoint\n\n### Conceptual\n\n${checkpoint}\n## Completion gate\n\n- [ ] Done.\n`;
const OWN = "1. What is an artifact? See `02_explainer.md` §1.1.\n";

/** A reference into another module's file names sections that file has. */
export const crossReferenceMissingSection: Rule = {
  code: 'cross-reference-missing-section',
  severity: 'error',
  scope: 'course',
  summary: "A section that a reference names in another module's file must be a numbered heading there.",
  description:
    "A reference may name another module's file (`` See `../m2/02_explainer.md` §1.1 ``); its sections are checked against that file's numbered headings, as `reference-missing-section` checks a module's own files. Modules are validated and exported each on its own, in parallel and from the cache, so this check runs once all of them are in: the modules are still exported, and the command fails. Renumbering a section in one module is then caught in every module that points at it, even when those are taken from the cache.",
  examples: {
    pass: {
      'm1/02_explainer.md': EXPLAINER,
      'm1/06_revision.md': REVIEW('Module 1', `${OWN}2. And in module 2? See \`../m2/02_explainer.md\` §1.1.\n`),
      'm2/02_explainer.md': EXPLAINER,
      'm2/06_revision.md': REVIEW('Module 2', OWN),
    },
    fail: {
      'm1/02_explainer.md': EXPLAINER,
      'm1/06_revision.md': REVIEW('Module 1', `${OWN}2. And in module 2? See \`../m2/02_explainer.md\` §1.2.\n`),
      'm2/02_explainer.md': EXPLAINER,
      'm2/06_revision.md': REVIEW('Module 2', OWN),
    },
  },
  check: reportFindings,
};
