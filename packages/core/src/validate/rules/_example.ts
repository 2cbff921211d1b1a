import type { ExampleFiles } from '../rule.js';

/** Parts of the example module that a rule's example replaces. */
export interface ExampleParts {
  checkpoint?: string;
  rubric?: string;
  gate?: string;
  explainer?: string;
  review?: string;
  extra?: ExampleFiles;
}

const CHECKPOINT = `### Conceptual

1. What does a model registry add to an artifact store? See \`02_explainer.md\` §1.1-§1.2.
2. Why gate promotion on evaluation? See \`02_explainer.md\` §2.1.
`;

const RUBRIC = `| Section | Score | / |
|---|---|---|
| Conceptual | __ | 4 |
| Reflection honesty | __ | 2 |
| **Total** | __ | **6** |
`;

const GATE = `- [ ] I can explain the registry without notes.
`;

const EXPLAINER = `# 02. Explainer

## 1. Registries

### 1.1 Artifacts

Bytes with a name.

### 1.2 Lifecycle

States a model moves through.

## 2. Gates

### 2.1 Promotion

A check before release.
`;

/** The example explainer with `markdown` (an image, say) as the first paragraph of its section 1. */
export function explainerWith(markdown: string): string {
  return EXPLAINER.replace('## 1. Registries\n', `## 1. Registries\n\n${markdown}\n`);
}

/** A small valid module (`course/m1/`), with parts replaced to show a rule passing or failing. */
export function exampleModule(parts: ExampleParts = {}): ExampleFiles {
  const review =
    parts.review ??
    `# 06. Module 1 Review — Registries

**Focus:** registries and promotion gates.

## Reflection prompts

- What would I check first?

## Embedded checkpoint

${parts.checkpoint ?? CHECKPOINT}
## Self-evaluation

${parts.rubric ?? RUBRIC}
## Completion gate

${parts.gate ?? GATE}`;
  return { 'm1/02_explainer.md': parts.explainer ?? EXPLAINER, 'm1/06_revision.md': review, ...parts.extra };
}

const REVIEW_ONLY = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

/** Modules in the given folders, each only a short review page: examples of rules about module folder names. */
export function modulesNamed(...folders: string[]): ExampleFiles {
  return Object.fromEntries(folders.map((folder) => [`${folder}/06_revision.md`, REVIEW_ONLY]));
}
