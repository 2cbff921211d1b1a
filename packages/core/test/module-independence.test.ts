import type { ContentSource } from '@coursepack/core';
import { buildCourse } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const encoder = new TextEncoder();
const EXPLAINER = '# 02. Explainer\n\n## 1.1 Intro\n\nText.\n';
const review = (title: string, questions: string) => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Conceptual\n\n${questions}\n\n## Completion gate\n\n- [ ] Done.\n`;

function source(files: Record<string, string>): ContentSource {
  return { name: 'c', configText: null, issues: [], files: Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text), size: text.length, issue: null })) };
}

describe('a module validates the same alone as in one pass with the others', () => {
  it('reports the same for references into modules built before and after it', () => {
    const course = source({
      'a/02_explainer.md': EXPLAINER,
      'a/06_revision.md': review('A', '1. Why? See `../b/02_explainer.md` §9.9.\n2. Here? See §7.7.'),
      'b/02_explainer.md': EXPLAINER,
      'b/06_revision.md': review('B', '1. Why? See `../a/02_explainer.md` §9.9.\n2. Here? See §8.8.'),
    });
    const whole = buildCourse(course).diagnostics;
    const alone = ['a', 'b'].flatMap((m) => buildCourse(course, { only: new Set([m]) }).diagnostics);
    expect(whole).toEqual(alone);
    // Each module's own sections are checked; another module's file only for being there.
    expect(whole.map((d) => `${d.code} ${d.place.file}:${d.place.line}`)).toEqual(['reference-missing-section a/06_revision.md:8', 'reference-missing-section b/06_revision.md:8']);
  });
});
