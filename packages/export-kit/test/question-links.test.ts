import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';
import { linkableFiles, withoutPageLinks } from '../src/index.js';

describe('questions carried without pages', () => {
  it('keep links to the web and to anchors, and lose those to files, everywhere in a question', async () => {
    const see = 'See [the lab](05_hands_on_lab.md), [§1](02_explainer.md#sec-1), [top](#top) and [the web](https://example.org).';
    const review = `# 06. Module 1 Review — Links\n\n## Embedded checkpoint\n\n### Practice\n\n1. Which? ${see}\n   - [x] This. ${see}\n     > Right. ${see}\n   - [ ] That\n   > Correct: ${see}\n\n2. Why?\n\n   > Answer: ${see}\n`;
    const build = await courseFromFiles({ 'm1/06_revision.md': review, 'm1/04_daily_recall.md': `# 04. Recall\n\n## Day 1\n\n1. Recall? ${see}\n` });
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const out = withoutPageLinks(module);
    const [first, second] = out.checkpoint.groups[0]?.questions ?? [];
    const texts = [first?.prompt, first?.choices[0]?.text, first?.choices[0]?.feedback, first?.feedback.correct, second?.modelAnswer, out.recall.groups[0]?.questions[0]?.prompt];
    expect(texts.every(Boolean)).toBe(true);
    for (const text of texts) {
      expect(text?.html).toContain('<a title="Not included in this package">the lab</a>, <a title="Not included in this package">§1</a>, <a href="#top">top</a> and <a href="https://example.org">the web</a>');
    }
    // The module itself is left as it was.
    expect(module.checkpoint.groups[0]?.questions[0]?.prompt.html).toContain('<a href="05_hands_on_lab.md">');
  });

  it('keep links to files the format carries, with their fragment, and only those that have bytes', async () => {
    const review = '# 06. Module 1 Review — Files\n\n## Embedded checkpoint\n\n### Practice\n\n1. Read [the deck](files/deck.pdf#page=3), [the data](files/data.csv) and [the lab](05_hands_on_lab.md).\n   > Done.\n';
    const build = await courseFromFiles({ 'm1/06_revision.md': review, 'm1/files/deck.pdf': '%PDF-1.4\n', 'm1/files/data.csv': 'a,b\n' });
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    expect(module.downloads.map((d) => d.href)).toEqual(['assets/m1/files/deck.pdf', 'assets/m1/files/data.csv']);
    // Only the deck's bytes are at hand: the data cannot be carried.
    const bytes = new Map([['m1/files/deck.pdf', new Uint8Array([37])]]);
    expect([...linkableFiles(module, bytes).keys()]).toEqual(['assets/m1/files/deck.pdf']);
    const html = withoutPageLinks(module, undefined, bytes).checkpoint.groups[0]?.questions[0]?.prompt.html;
    expect(html).toContain('<a href="assets/m1/files/deck.pdf#page=3">the deck</a>, <a title="Not included in this package">the data</a> and <a title="Not included in this package">the lab</a>');
    // Without bytes at all, nothing is carried.
    expect(linkableFiles(module, undefined).size).toBe(0);
  });
});
