import type { ContentSource } from '@coursepack/core';
import { buildCourse, moduleLinkDiagnostics, sortDiagnostics } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const encoder = new TextEncoder();
const EXPLAINER = '# 02. Explainer\n\n## 1.1 Intro\n\nText.\n';
const review = (title: string, questions: string) => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Conceptual\n\n${questions}\n\n## Completion gate\n\n- [ ] Done.\n`;

function source(files: Record<string, string>): ContentSource {
  return { name: 'c', configText: null, issues: [], files: Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text), size: text.length, issue: null })) };
}

describe('a module validates the same alone as in one pass with the others', () => {
  it('reports the same for references into modules built before and after it, once all are built', () => {
    const course = source({
      'a/02_explainer.md': EXPLAINER,
      'a/06_revision.md': review('A', '1. Why? See `../b/02_explainer.md` §9.9.\n2. Here? See §7.7.'),
      'b/02_explainer.md': EXPLAINER,
      'b/06_revision.md': review('B', '1. Why? See `../a/02_explainer.md` §9.9.\n2. Here? See §8.8.'),
    });
    const whole = buildCourse(course).diagnostics;
    const apart = ['a', 'b'].map((m) => buildCourse(course, { only: new Set([m]) }));
    // Built apart, each module checks its own sections; references between them are checked from
    // every module's links, in any order, once all are built.
    const alone = sortDiagnostics([...apart.flatMap((b) => b.diagnostics), ...moduleLinkDiagnostics(apart.flatMap((b) => b.links).reverse())]);
    expect(whole).toEqual(alone);
    expect(whole.map((d) => `${d.code} ${d.place.file}:${d.place.line} ${d.module}`)).toEqual([
      'cross-reference-missing-section a/06_revision.md:7 null',
      'reference-missing-section a/06_revision.md:8 a',
      'cross-reference-missing-section b/06_revision.md:7 null',
      'reference-missing-section b/06_revision.md:8 b',
    ]);
  });
});
