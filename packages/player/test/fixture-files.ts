import type { ExampleFiles } from '@coursepack/core';

/** A small module with objective and open questions, a rubric and a gate. */
export const playerFiles: ExampleFiles = {
  'm1/02_explainer.md': '# Explainer\n\n## 1. Basics\n\n### 1.1 First\n\nText.\n',
  'm1/06_revision.md': `# 06. Module 1 Review — Player

**Focus:** the basics (see [the docs](https://example.org/docs)).

## Review loop

1. Re-read \`02_explainer.md\` §1.1.

## Reflection prompts

- What is unclear?

## Embedded checkpoint

### Conceptual

1. Why? See \`02_explainer.md\` §1.1.
   > Because.
2. Pick one.
   - [ ] Wrong
   - [x] Right
   > Correct: Yes.
   > Incorrect: No.
3. How many? {points=2}

   Answer: 42 ± 0.5

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 6 |
| **Total** | __ | **6** |

## Completion gate

- [ ] I read \`02_explainer.md\`.
- [ ] Done, ready for [module two](../m2/).
`,
  'm2/06_revision.md': '# 06. Module 2 Review — Next\n\n## Completion gate\n\n- [ ] Done.\n',
};

const EVIL = '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"> [click](javascript:window.__pwned=3) <a href="javascript:window.__pwned=4" onclick="window.__pwned=5">a</a> <svg onload="window.__pwned=6"></svg> <iframe src="javascript:window.__pwned=7"></iframe>';

/** The same shape of module with script, event handlers and javascript: links everywhere an author can write. */
export const evilFiles: ExampleFiles = {
  'evil/02_explainer.md': `# Explainer ${EVIL}\n\n## 1. Basics ${EVIL}\n\n### 1.1 First\n\n${EVIL}\n\n<div onmouseover="window.__pwned=8">hover</div>\n`,
  'evil/06_revision.md': `# 06. Module 2 Review — Evil </script><script>window.__pwned=9</script>

**Focus:** ${EVIL}

## Review loop

1. Read ${EVIL} \`02_explainer.md\` §1.1.

## Reflection prompts

- Why ${EVIL}?

## Embedded checkpoint

### Conceptual

1. Why ${EVIL}? See \`02_explainer.md\` §1.1.
   > Model ${EVIL}
2. Pick ${EVIL}
   - [ ] Wrong ${EVIL}
     > No ${EVIL}
   - [x] Right
   > Correct: ${EVIL}

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual </script><!-- | __ | 4 |
| **Total** | __ | **4** |

## Completion gate

- [ ] Done ${EVIL}
`,
};
