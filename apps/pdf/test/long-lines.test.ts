import { describe, expect, test } from 'vitest';
import { courseFromFiles } from '@coursepack/test-kit';
import { renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { pdfInfo } from './poppler.js';
import { hasPoppler, pdfPages } from './poppler.js';

describe.skipIf(!hasPoppler())('a run of text without spaces, wider than the page', () => {
  test('wraps, in prose, inline code and code blocks, so that none of it is cut off at the margin', async () => {
    // Typst breaks lines only at spaces: these ran past the margin and lost all but their first 95 characters.
    const token = Array.from({ length: 30 }, (_, i) => `seg${String(i).padStart(2, '0')}`).join('');
    const url = `https://example.org/${'path'.repeat(40)}`;
    const review = `# 06. Module 1 Review — Long\n\n## Embedded checkpoint\n\n### Recall\n\n1. What does \`${token}\` do? See ${url}.\n\n   \`\`\`\n   run --flag=${token}${token}\n   \`\`\`\n\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n`;
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    const m = build.course.modules[0];
    if (!m) throw new Error('no module');
    for (const pdf of [renderWorksheet(m), renderKey(m)]) {
      // Copied text: line ends and the zero-width break points removed.
      const text = pdfPages(pdf).join('').replace(/[\n\u200b]/g, '');
      expect(text).toContain(`What does ${token} do?`);
      expect(text).toContain(url);
      expect(text).toContain(`run --flag=${token}${token}`);
    }
  });

  test('wraps in titles, group titles, rubric rows and accepted answers too, and keeps the document title whole', async () => {
    const word = (stem: string) => Array.from({ length: 16 }, (_, i) => `${stem}${i}`).join('');
    const [title, group, answer, course] = [word('title'), word('group'), word('answer'), word('course')];
    const review = `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### ${group}\n\n1. Which token?\n\n   Answer: ${answer}\n\n## Self-evaluation\n\n| Criterion | Max |\n|---|---|\n| ${group} | 4 |\n| Total | 4 |\n\n## Completion gate\n\n- [ ] Done.\n`;
    const build = await courseFromFiles({ 'coursepack.config.json': JSON.stringify({ title: course }), 'm1/06_revision.md': review });
    const m = build.course.modules[0];
    if (!m) throw new Error('no module');
    expect(build.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const key = renderKey(m);
    const booklet = renderBooklet(build.course);
    // Group titles print in capitals.
    const seen = (pdf: Uint8Array) => pdfPages(pdf).join('').replace(/[\n\u200b]/g, '');
    for (const text of [title, group.toUpperCase(), group, answer]) expect(seen(key)).toContain(text);
    expect(seen(booklet)).toContain(course);
    expect(seen(booklet)).toContain(title);
    // Each of these was one unbroken line, most of it past the page's edge; now each wraps.
    const lines = pdfPages(key).join('\n').replaceAll('\u200b', '').split('\n');
    expect(lines.some((l) => l.includes(title))).toBe(false);
    expect(lines.some((l) => l.includes(answer))).toBe(false);
    expect(pdfInfo(key)['Title']).toBe(`Module 1 Review — ${title} — Instructor key`);
    expect(pdfInfo(booklet)['Title']).toBe(`${course} — Worksheets`);
  });
});
