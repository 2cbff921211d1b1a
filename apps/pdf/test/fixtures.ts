import { fileURLToPath } from 'node:url';
import type { Module } from '@coursepack/core';
import { loadCourse } from '@coursepack/core';
import type { CourseBuild } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';

/** The bundled content folder of the repository. */
export const CONTENT_ROOT = fileURLToPath(new URL('../../../content', import.meta.url));

/** The bundled course, loaded once per test file. */
export async function bundledCourse(): Promise<CourseBuild> {
  return loadCourse(CONTENT_ROOT);
}

/** A module of a build by id; fails the test when it is missing. */
export function moduleById(build: CourseBuild, id: string): Module {
  const found = build.course.modules.find((m) => m.id === id);
  if (!found) throw new Error(`module ${id} not in ${build.course.modules.map((m) => m.id).join(', ')}`);
  return found;
}

/** Text that Typst would run if it were ever pasted into markup. */
export const INJECTION = 'Does #panic("boom") stop $x^2$ or \\*bold\\* // no comment /* nor this */ @ref #let x = 1; #import "@preview/evil:0.1.0": * ]] ))?';

/** A one-module course whose every kind of text tries to be Typst code. */
export function injectionCourse(): Promise<CourseBuild> {
  return courseFromFiles({
    'm1/06_revision.md': `# Module 1 Review — Print “quotes” – dashes × signs

**Focus:** printing #set text(fill: red) literally, § and all.

## Review loop

1. Read #include "secret.typ" first.

## Reflection prompts

- What did #set page(width: 1cm) change?

## Embedded checkpoint

### Conceptual

1. ${INJECTION}

   > Model answer: #text(red)[never] — it prints as written.

### Choices

1. Pick $a$ or [b].
   - [x] #strong[right] choice
     > #emph[yes] indeed
   - [ ] = not a heading

   > Incorrect: #eval("1 + 1") is not run.

2. Name the label. {points=1}

   Answer: #alias | a_b

3. How many seconds?

   Answer: 42 ± 0.5

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual #1 | __ | 2 |
| Choices $2$ | __ | 3 |
| **Total** | __ | **5** |

## Completion gate

- [ ] I printed #pagebreak() literally.
`,
  });
}

/** A module with nothing but a checkpoint whose open question has a long, structured model answer. */
export function richAnswerCourse(): Promise<CourseBuild> {
  return courseFromFiles({
    'm2/06_revision.md': `# Module 2 Review — Structured answers

## Embedded checkpoint

### Applied

1. Walk the first thirty minutes of triage.

   > Model answer, in order:
   >
   > 1. Freeze deploys and note the time.
   > 2. Compare the last good and the first bad run:
   >    - data snapshot
   >    - model version
   >
   > \`\`\`
   > registry.alias("champion").rollback()
   > \`\`\`
   >
   > Then write the incident note.
`,
  });
}
