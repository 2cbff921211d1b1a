import { describe, expect, test } from 'vitest';
import { courseFromFiles } from '@coursepack/test-kit';
import { renderKey, renderWorksheet } from '../src/index.js';
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
});
