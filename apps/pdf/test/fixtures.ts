import { fileURLToPath } from 'node:url';
import type { Module } from '@coursepack/core';
import { loadCourse } from '@coursepack/core';
import type { CourseBuild } from '@coursepack/core';
import { courseFromFiles, IMAGE_FILES, solidPng } from '@coursepack/test-kit';

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

/** A PNG signature followed by bytes that are no image: it looks printable but does not decode. */
export const BROKEN_PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new TextEncoder().encode('not really a picture at all')]);

/**
 * IMAGE_FILES, with the images its explainer alone shows (at an https address, missing) and a few
 * more also in printed places: the completion gate lists a remote image, a missing one (with an alt
 * text that tries to be Typst code), one wider and one taller than a page allows, a file that only
 * looks like a PNG, a text file, and a decorative image without alt text.
 */
export const PRINT_IMAGE_FILES: Record<string, string | Uint8Array> = {
  ...IMAGE_FILES,
  'pics/06_revision.md': `${String(IMAGE_FILES['pics/06_revision.md'])}- [ ] I saw the remote one ![remote picture](https://example.org/remote.png).
- [ ] I missed ![Not there #panic("alt") $x$](img/missing.png).
- [ ] A wide one ![A wide chart](img/wide.png) and a tall one ![A tall chart](img/tall.png).
- [ ] A broken one ![Broken picture](img/broken.png) and a text ![Plain words](img/words.png).
- [ ] A decorative one ![](img/flourish.png).
`,
  'pics/img/wide.png': solidPng(2400, 200, [90, 90, 20]),
  'pics/img/tall.png': solidPng(100, 2000, [20, 90, 90]),
  'pics/img/flourish.png': solidPng(12, 4, [150, 20, 150]),
  'pics/img/broken.png': BROKEN_PNG,
  'pics/img/words.png': 'just words',
};
