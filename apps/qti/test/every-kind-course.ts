import type { ExampleFiles } from '@coursepack/core';

// A module with every question kind, feedback of every sort, references and a model answer; markup that
// QTI cannot hold as such (strike-through, task-list-like text, tables, code, links) sits in prompts.
const REVIEW = `# 06. Module 1 Review — Registries & Gates

**Focus:** registries and promotion gates.

## Reflection prompts

- What would I check first?

## Embedded checkpoint

### Conceptual

1. What does a model registry add to an artifact store? See \`02_explainer.md\` §1.1-§1.2 and §2.1.

   > A registry adds **lifecycle states** (staging, production) and an audit trail on top of stored bytes.

2. Which store tracks lifecycle states? {#registry-store}
   - [ ] Artifact store
     > Artifacts are bytes with a name, no states.
   - [x] Model registry
   - [ ] Feature store

   > Correct: Yes — the registry owns the lifecycle.

   > Incorrect: Look again at §1.2.

3. Which of these are promotion gates? {.multiple points=2}
   - [x] Offline evaluation threshold
   - [ ] ~~Manual spreadsheet~~ A shared spreadsheet
   - [x] Canary error budget

   > Gates are automated checks.

### Applied

1. A canary *always* needs a rollback path.
   - [x] True
   - [ ] False

2. Name the CLI flag that pins a model version (e.g. \`--pin\`). See \`02_explainer.md\` §2.1.

   Answer: --pin | pin | --PIN

   > Correct: Right.

3. How many replicas does the table suggest for 4 000 RPS?

   | RPS | replicas |
   |---|---|
   | 1 000 | 2 |
   | 4 000 | ? |

   Answer: 8 ± 0.5

   > Incorrect: Two replicas per 1 000 RPS.

4. Design a rollback plan & explain when you'd *not* roll back <b>raw html</b>.

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 4 |
| Applied | __ | 6 |
| Reflection honesty | __ | 2 |
| **Total** | __ | **12** |

## Completion gate

- [ ] I can explain the registry without notes.
`;

const RECALL = `# 04. Daily recall

## Day 1

1. What is 0.1 + 0.2, to one decimal?

   Answer: 0.3 ± 0.05

2. Spell the acronym for continuous integration.

   Answer: CI

## Day 2

1. Shadow traffic reaches users.
   - [ ] True
   - [x] False

2. Explain drift in one sentence.
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

/** Content files of a one-module course with every question kind. */
export const everyKindFiles: ExampleFiles = {
  'm1/02_explainer.md': EXPLAINER,
  'm1/04_daily_recall.md': RECALL,
  'm1/06_revision.md': REVIEW,
};
