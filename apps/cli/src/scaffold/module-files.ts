import type { CourseConfig, FileRole } from '@coursepack/core';

/** What a new module is called: its title, and its number when the course numbers its modules. */
export interface ModuleNaming {
  title: string;
  number: number | null;
}

/** The names a course gives its module files and review sections (its configuration's `roles` and `sections`). */
export type CourseNames = Pick<CourseConfig, 'roles' | 'sections'>;

const ORDER: readonly FileRole[] = ['weekly-plan', 'explainer', 'study-material', 'daily-recall', 'hands-on-lab', 'review'];

/** Each role's file name as the course names it: its place in the order, then the role's first stem (`06_revision.md`). */
function fileNames(names: CourseNames): Record<FileRole, string> {
  return Object.fromEntries(ORDER.map((role, i) => [role, `0${i + 1}_${names.roles[role][0] ?? role.replace(/-/g, '_')}.md`])) as Record<FileRole, string>;
}

/** A review section's heading as the course titles it (its first title, capitalised). */
function heading(titles: readonly string[]): string {
  const title = titles[0] ?? '';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/**
 * A module's title from its folder's name: `03_feature_stores` → `Feature Stores` (the numeric
 * prefix that orders folders goes, `_` and `-` become spaces, each word starts in capitals).
 */
export function titleFromFolder(name: string): string {
  const words = name.replace(/^\d+[_\-. ]*/, '').split(/[_\- ]+/).filter((w) => w !== '');
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || name;
}

/**
 * The six files of a new module, by file name: a skeleton in the form coursepack reads, whose
 * references, rubric and gate already agree, so the module validates before a word is changed and
 * each placeholder shows the syntax it stands for.
 */
export function moduleFiles({ title, number }: ModuleNaming, names: CourseNames): Record<string, string> {
  const file = fileNames(names);
  const section = (key: keyof CourseNames['sections']) => heading(names.sections[key]);
  // A review title's leading number is read as the module's, so without one the title has none.
  const review = number === null ? `Review — ${title}` : `06. Module ${number} Review — ${title}`;
  return {
    [file['weekly-plan']]: `# 01. Weekly plan — ${title}

## Goals

- Explain the first idea in your own words.
- Apply the second idea to a case of your own.

## Schedule

- Day 1: read \`${file.explainer}\` §1.1, then answer Day 1 of \`${file['daily-recall']}\`.
- Day 2: read \`${file.explainer}\` §1.2 and work through \`${file['study-material']}\` §1.
- Day 3: do the hands-on lab, then the review in \`${file.review}\`.
`,
    [file.explainer]: `# 02. Explainer — ${title}

## 1. The first topic

### 1.1 The first idea

Explain the idea here. Questions anywhere in the module point at this section as
\`${file.explainer}\` §1.1, and coursepack checks that the section exists.

### 1.2 The second idea

Number every section a question may cite: \`## 2.\`, \`### 2.1\` and so on.
`,
    [file['study-material']]: `# 03. Study material — ${title}

## 1. A worked example

Walk through one example step by step, or list the readings and videos of the week.
`,
    [file['daily-recall']]: `# 04. Daily recall — ${title}

Answer from memory, then check the cited section.

## Day 1

1. What is the first idea, in one sentence? See \`${file.explainer}\` §1.1.
2. Which section explains the second idea? See \`${file.explainer}\` §1.2.

   Answer: 1.2
`,
    [file['hands-on-lab']]: `# 05. Hands-on lab — ${title}

## Steps

1. Set up what the lab needs.
2. Try the first idea on a small case and write down what you see.
3. Change one thing and explain the difference with \`${file.explainer}\` §1.2.
`,
    [file.review]: `# ${review}

**Focus:** one line on what this module is about.

## ${section('reviewLoop')}

1. Reread \`${file.explainer}\` §1.1-§1.2.
2. Answer \`${file['daily-recall']}\` again without notes.
3. Redo the hardest step of \`${file['hands-on-lab']}\`.

## ${section('reflectionPrompts')}

- Which idea took longest to click, and what made it click?
- Where would you use the second idea outside this course?

## ${section('checkpoint')}

### Conceptual

1. Explain the first idea in your own words. See \`${file.explainer}\` §1.1.

   > A model answer: what a good answer says, for learners to compare with and graders to score by.

### Applied

1. Which statement about the second idea is true? See \`${file.explainer}\` §1.2.
   - [x] The true statement
   - [ ] A tempting wrong one
     > Feedback: why it is wrong.

## ${section('rubric')}

| Criterion | Score | Max |
|---|---|---|
| Conceptual | __ | 2 |
| Applied | __ | 2 |
| Reflection | __ | 1 |
| **Total** | __ | **5** |

## ${section('gate')}

- [ ] I can explain the first idea without notes.
- [ ] I finished the hands-on lab.
- [ ] I scored at least 4 of 5 above.
`,
  };
}
