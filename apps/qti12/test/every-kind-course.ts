import type { ExampleFiles } from '@coursepack/core';

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

const REVIEW = `# 06. Module 1 Review — Registries & "Gates" <Ops>

**Focus:** registries and promotion gates.

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
     > Right: it tracks stages.
   - [ ] Feature store

   > Correct: The registry records stages.

   > Incorrect: Re-read §1.2.

2. Which of these are promotion checks? {.multiple}

   - [x] Offline evaluation
   - [x] Canary metrics
   - [ ] Team size

   > Both checks gate a release.

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

- [ ] I can explain the registry without notes.
`;

const RECALL = `# 04. Daily recall

## Day 1

1. What is an artifact?
2. Is a registry an artifact store?

   - [ ] True
   - [x] False
`;

/** One module with every question kind, feedback of every sort, and a daily recall. */
export const everyKindCourse: ExampleFiles = {
  'm1/02_explainer.md': EXPLAINER,
  'm1/04_daily_recall.md': RECALL,
  'm1/06_revision.md': REVIEW,
};
