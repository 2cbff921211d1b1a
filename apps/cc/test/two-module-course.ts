import type { ExampleFiles } from '@coursepack/core';

const explainer = (title: string, next: string): string => `# 02. ${title} explainer

## 1. Registries

### 1.1 Artifacts

Bytes with a name. Next: the [lifecycle](#sec-1-2) and ${next}.

### 1.2 Lifecycle

States a model moves through.

## 2. Gates

### 2.1 Promotion

A check before release, see [serving](../m2/).
`;

const STUDY = `# 03. Study material

## 1. Tables

| Tool | Use |
|---|---|
| MLflow | tracking |
`;

const M1_REVIEW = `# 06. Module 1 Review — Registries & "Gates" <Ops>

**Focus:** registries and promotion gates.

## Review loop

1. Re-read \`02_explainer.md\` §1.1-§1.2.
2. Continue with [the serving module](../m2/).

## Reflection prompts

- What would I check first?

## Embedded checkpoint

### Conceptual

1. What does a model registry add to an artifact store? See \`02_explainer.md\` §1.1-§1.2.

   > A registry adds lifecycle state & lineage on top of stored bytes.

2. Why gate promotion on evaluation? See \`02_explainer.md\` §2.1.

### Objective

1. Which store keeps lifecycle state? {#store}

   - [ ] Artifact store
     > Bytes only.
   - [x] Model registry
   - [ ] Feature store

   > Correct: The registry records stages.

   > Incorrect: Re-read §1.2.

2. Which of these are promotion checks? {.multiple}

   - [x] Offline evaluation
   - [x] Canary metrics
   - [ ] Team size

3. A registry replaces the artifact store.

   - [ ] True
   - [x] False

4. Name the stage after Staging.

   Answer: Production | prod

5. How many stages does the default lifecycle have?

   Answer: 4 ± 0.5

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 4 |
| Objective | __ | 5 |
| Reflection honesty | __ | 2 |
| **Total** | __ | **11** |

## Completion gate

- [ ] I feel ready for [the serving module](../m2/).
`;

const M2_REVIEW = `# 06. Module 2 Review — Serving

**Focus:** serving stacks.

## Embedded checkpoint

### Conceptual

1. Why batch tokens? See \`02_explainer.md\` §1.2.

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 5 |
| **Total** | __ | **5** |

## Completion gate

- [ ] Back to [registries](../m1/) if unsure.
`;

const RECALL = `# 04. Daily recall

## Day 1

1. What is an artifact?
`;

/** Two linked modules: every question kind, explainer and study material, a daily recall. */
export const twoModuleCourse: ExampleFiles = {
  'coursepack.config.json': JSON.stringify({ title: 'Registries & Serving' }),
  'm1/02_explainer.md': explainer('Registries', 'the [study notes](03_study_material.md)'),
  'm1/03_study_material.md': STUDY,
  'm1/04_daily_recall.md': RECALL,
  'm1/06_revision.md': M1_REVIEW,
  'm2/02_explainer.md': explainer('Serving', 'the [registry checkpoint](../m1/06_revision.md#store), its [objective questions](../m1/06_revision.md#objective) and [rubric](../m1/06_revision.md#self-evaluation)'),
  'm2/06_revision.md': M2_REVIEW,
};
