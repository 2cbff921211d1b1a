import type { ExampleFiles } from '@coursepack/core';

/** A module with every kind of question, a rubric, a gate, an explainer and study material. */
export const fixtureFiles: ExampleFiles = {
  'm1_basics/02_explainer.md': '# Basics explainer\n\n## 1. Foundations\n\n### 1.1 First idea\n\nText about the first idea.\n\n### 1.2 Second idea\n\nMore text, see [the tables](03_study_material.md#sec-2).\n',
  'm1_basics/03_study_material.md': '# Basics study material\n\n## 1. Overview\n\nA summary.\n\n## 2. Tables\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  'm1_basics/06_revision.md': `# 06. Module 1 Review — Basics & "Quotes"

**Focus:** the first and second ideas.

## Review loop

1. Re-read \`02_explainer.md\` §1.1-§1.2.
2. Revisit \`03_study_material.md\` §2.

## Reflection prompts

- What is still unclear?
- Where would I look first?

## Embedded checkpoint

### Conceptual

1. Why does the first idea matter? See \`02_explainer.md\` §1.1.
   > Because it comes first.
2. Which one is right? {#pick}
   - [ ] Wrong one
     > No, that one is wrong.
   - [x] Right one
   > Correct: Well done.
   > Incorrect: Read §1.2 again.
3. Which are even? {.multiple}
   - [x] Two
   - [ ] Three
   - [x] Four
4. The sky is green.
   - [ ] True
   - [x] False

### Applied

1. How many sides has a hexagon? {points=2}

   Answer: 6 ± 0

2. Name the first idea.

   Answer: first | first idea

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 8 |
| Applied | __ | 6 |
| Reflection honesty | __ | 5 |
| **Total** | __ | **19** |

## Completion gate

- [ ] I read \`02_explainer.md\`.
- [ ] I answered every question.
`,
};
