import type { ContentSource } from '@coursepack/core';
import { buildCourse, moduleLinkDiagnostics, sortDiagnostics } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const encoder = new TextEncoder();
const EXPLAINER = '# 02. Explainer\n\n## 1.1 Intro\n\nText.\n';
const review = (title: string, questions: string) => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Conceptual\n\n${questions}\n\n## Completion gate\n\n- [ ] Done.\n`;

function source(files: Record<string, string>, otherFiles: string[]): ContentSource {
  return { name: 'c', configText: null, issues: [], otherFiles, files: Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text), size: text.length, issue: null })) };
}

describe('a module validates the same alone as in one pass with the others', () => {
  it('reports the same for references into modules built before and after it, and for images, once all are built', () => {
    const course = source(
      {
        'a/02_explainer.md': `${EXPLAINER}\n![A diagram](img/flow.png)\n`,
        'a/06_revision.md': review('A', '1. Why? See `../b/02_explainer.md` §9.9.\n2. Here? See §7.7.'),
        'b/02_explainer.md': `${EXPLAINER}\n![Borrowed](../a/img/flow.png) ![Lost](../a/img/gone.png)\n`,
        'b/06_revision.md': review('B', '1. Why? See `../a/02_explainer.md` §9.9.\n2. Here? See §8.8.'),
      },
      ['a/img/flow.png'],
    );
    const whole = buildCourse(course).diagnostics;
    const apart = ['a', 'b'].map((m) => buildCourse(course, { only: new Set([m]) }));
    // Built apart, each module checks its own sections; references between them are checked from
    // every module's links, in any order, once all are built.
    const alone = sortDiagnostics([...apart.flatMap((b) => b.diagnostics), ...moduleLinkDiagnostics(apart.flatMap((b) => b.links).reverse(), course)]);
    expect(whole).toEqual(alone);
    expect(whole.map((d) => `${d.code} ${d.place.file}:${d.place.line} ${d.module}`)).toEqual([
      'cross-reference-missing-section a/06_revision.md:7 null',
      'reference-missing-section a/06_revision.md:8 a',
      'image-missing b/02_explainer.md:7 null',
      'cross-reference-missing-section b/06_revision.md:7 null',
      'reference-missing-section b/06_revision.md:8 b',
    ]);
  });

  it('leaves images unchecked when the source does not list the folder\'s other files', () => {
    const course = source({ 'a/02_explainer.md': `${EXPLAINER}\n![Lost](img/gone.png)\n`, 'a/06_revision.md': review('A', '1. Here? See §1.1.') }, []);
    const { otherFiles: _, ...unlisted } = course;
    expect(buildCourse(course).diagnostics.map((d) => d.code)).toEqual(['image-missing']);
    expect(buildCourse(unlisted).diagnostics).toEqual([]);
  });
});
