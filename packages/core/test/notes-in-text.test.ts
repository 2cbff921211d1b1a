import { renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const review = (checkpoint: string, gate: string, notes: string) =>
  `# 06. Module 1 Review — Notes\n\n## Checkpoint\n\n### Conceptual\n\n${checkpoint}\n\n## Completion gate\n\n${gate}\n\n${notes}\n`;

describe('footnotes called from a question or an item', () => {
  it('come with the text that calls them, numbered from 1 there, with no link to a note no export holds', async () => {
    const build = await courseFromFiles({
      'm1/06_revision.md': review(
        '1. Why gate[^gate] the release[^release], and gate[^gate] again?\n\n   > Because.\n\n2. Which is immutable?\n   - [x] A version[^version]\n   - [ ] An alias',
        '- [ ] I can explain a gate[^gate].',
        '[^gate]: An automatic *check*.\n[^release]: See[^version].\n[^version]: A number, given once.\n\n    Never reused.',
      ),
    });
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const module = build.course.modules[0]!;
    const [open, single] = module.checkpoint.groups[0]?.questions ?? [];
    // Called twice, noted once; a note calling another brings it too, after the others.
    expect(open?.prompt.text).toBe('Why gate[1] the release[2], and gate[1] again?\n\n[1] An automatic check.\n\n[2] See[3].\n\n[3] A number, given once.\n\nNever reused.');
    expect(open?.prompt.html).toBe(
      '<p>Why gate<sup>1</sup> the release<sup>2</sup>, and gate<sup>1</sup> again?</p>\n' +
        '<div class="footnotes"><p><sup>1</sup> An automatic <em>check</em>.</p><p><sup>2</sup> See<sup>3</sup>.</p><p><sup>3</sup> A number, given once.</p><p>Never reused.</p></div>',
    );
    expect(open?.modelAnswer?.text).toBe('Because.');
    // Numbered from 1 in each text, as each stands alone in an export.
    expect(single?.choices[0]?.text.text).toBe('A version[1]\n\n[1] A number, given once.\n\nNever reused.');
    expect(module.gate[0]?.text.html).toBe('<p>I can explain a gate<sup>1</sup>.</p>\n<div class="footnotes"><p><sup>1</sup> An automatic <em>check</em>.</p></div>');
    // The markdown is the author's, as written.
    expect(open?.prompt.markdown).toBe('Why gate[^gate] the release[^release], and gate[^gate] again?');
    for (const html of [open?.prompt.html, single?.choices[0]?.text.html, module.gate[0]?.text.html]) expect(html).not.toMatch(/href|id=/);
  });

  it('stay as GitHub shows them on the page itself, linked both ways', async () => {
    const build = await courseFromFiles({
      'm1/06_revision.md': review('1. Why gate[^gate]?', '- [ ] Done.', '[^gate]: An automatic check.'),
    });
    const doc = build.documents.get('m1/06_revision.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<a href="#user-content-fn-gate" id="user-content-fnref-gate" data-footnote-ref aria-describedby="footnote-label">1</a>');
    expect(html).toContain('<li id="user-content-fn-gate">');
  });
});
