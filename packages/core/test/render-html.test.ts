import { headingSlug, renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

describe('rendered HTML', () => {
  it('links each footnote to its note and back, by ids that exist, and still drops raw HTML', async () => {
    // Ids were prefixed twice (`user-content-user-content-fn-1`) and the links once, so no
    // footnote link went anywhere.
    const lab = '# 05. Lab\n\n## Step 1\n\nRun it[^run], then check[^x-y].\n\n<div id="main" onclick="x()">raw</div>\n\n[^run]: With `make`.\n[^x-y]: Twice.\n';
    const build = await courseFromFiles({ 'm1/05_hands_on_lab.md': lab, 'm1/06_revision.md': '# 06. Module 1 Review — Notes\n\n## Completion gate\n\n- [ ] Done.\n' });
    const doc = build.documents.get('m1/05_hands_on_lab.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]);
    expect(targets.length).toBe(4);
    for (const target of targets) expect(ids, target).toContain(target);
    // Every id of the footnotes carries the prefix that keeps it from clobbering a page's own.
    expect([...ids].filter((id) => id?.includes('fn'))).toEqual(['user-content-fnref-run', 'user-content-fnref-x-y', 'user-content-fn-run', 'user-content-fn-x-y']);
    expect(html).not.toMatch(/onclick|<div|id="main"/);
  });

  it('keeps a block collapsed as on GitHub collapsed, with markdown inside, nested, in lists, and its content sanitized', async () => {
    // The tags were dropped as raw HTML, so an exercise's solution showed open on the page.
    const lab = [
      '# 05. Lab',
      '## Step 1',
      'Do it.',
      '<details>\n<summary>Solution <b>1</b></summary>',
      'Run `make`, then **check**.',
      '<details><summary>Deeper</summary>Nested *one* <img src=x onerror="alert(1)"></details>',
      '</details>',
      '- item\n  <details><summary>Hint</summary>Look <script>alert(1)</script> here.</details>',
      '<details>',
      'No summary, never closed.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/05_hands_on_lab.md': lab, 'm1/06_revision.md': '# 06. Module 1 Review — Notes\n\n## Completion gate\n\n- [ ] Done.\n' });
    const doc = build.documents.get('m1/05_hands_on_lab.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<details><summary>Solution 1</summary><p>Run <code>make</code>, then <strong>check</strong>.</p><details><summary>Deeper</summary><p>Nested <em>one</em> </p></details></details>');
    expect(html).toContain('<li>item\n<details><summary>Hint</summary><p>Look alert(1) here.</p></details>\n</li>');
    expect(html).toMatch(/<details><p>No summary, never closed\.<\/p><\/details>\s*$/);
    expect(html).not.toMatch(/<script|onerror|<img|<b>/);
    // The model keeps the page as written.
    expect(doc?.tree.children.some((n) => n.type === 'html')).toBe(true);
  });

  it('keeps the inline tags that carry meaning (exponents, formulas, keys, breaks), and no other raw HTML', async () => {
    // `10<sup>-3</sup>` printed as `10-3` once the tags were dropped as raw HTML.
    const lab = [
      '# 05. Lab',
      '## Step 1',
      'A rate of 10<sup>-3</sup> per H<sub>2</sub>O, *x<sup>**2**</sup>*; press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br>Then <ins>add</ins> and <del>drop</del>.',
      'Kept out: <sup onclick="x()">a</sup>, <span>b</span>, <sup>never closed, <mark>c</mark>.',
      '<kbd>',
      '| key | does |\n|---|---|\n| <kbd>Esc</kbd> | quits |',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/05_hands_on_lab.md': lab, 'm1/06_revision.md': '# 06. Module 1 Review — Notes\n\n## Completion gate\n\n- [ ] Done.\n' });
    const doc = build.documents.get('m1/05_hands_on_lab.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<p>A rate of 10<sup>-3</sup> per H<sub>2</sub>O, <em>x<sup><strong>2</strong></sup></em>; press <kbd>Ctrl</kbd>+<kbd>C</kbd>.<br>Then <ins>add</ins> and <del>drop</del>.</p>');
    expect(html).toContain('<p>Kept out: a, b, never closed, c.</p>');
    expect(html).toContain('<td><kbd>Esc</kbd></td>');
    // A closing tag closes the nearest open one of its name; one left open inside it stays raw (and is left out).
    const nested = await courseFromFiles({ 'm1/05_hands_on_lab.md': '# 05. Lab\n\nx<sup>a<sup>b</sup>c</sup> and y<sup>d<sub>e</sup>f</sub>\n', 'm1/06_revision.md': '# 06. Module 1 Review — Notes\n\n## Completion gate\n\n- [ ] Done.\n' });
    const nestedDoc = nested.documents.get('m1/05_hands_on_lab.md');
    expect(nestedDoc ? renderDocumentHtml(nestedDoc) : '').toContain('<p>x<sup>a<sup>b</sup>c</sup> and y<sup>de</sup>f</p>');
    expect(html).not.toMatch(/onclick|<mark|<kbd>\n/);
    // Rich text reads them too: a question's prompt.
    const question = await courseFromFiles({ 'm1/06_revision.md': '# 06. Module 1 Review — Notes\n\n## Embedded checkpoint\n\n### Units\n\n1. What is 10<sup>3</sup> m in km?\n\n   Answer: 1\n' });
    expect(question.course.modules[0]?.checkpoint.groups[0]?.questions[0]?.prompt.html).toBe('<p>What is 10<sup>3</sup> m in km?</p>');
  });

  it('gives every heading the anchor GitHub gives it, so links written for GitHub land on it', async () => {
    // Only numbered headings had ids (`sec-1-3`): `02_explainer.md#rollout-strategies`, copied
    // from GitHub's rendering, opened the page at its top.
    const explainer = '# 02. Explainer\n\n## Rollout strategies\n\nText.\n\n### 1.3 Why nobody noticed?\n\nText.\n\n## Rollout strategies\n\n## Main\n\n## Ünïcode & “quotes”\n';
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/06_revision.md': '# 06. Module 1 Review — Anchors\n\n## Completion gate\n\n- [ ] Done.\n' });
    const doc = build.documents.get('m1/02_explainer.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect([...html.matchAll(/<h[1-6] id="([^"]*)">(?:<span id="([^"]*)"><\/span>)?/g)].map((m) => [m[1], m[2] ?? null])).toEqual([
      ['sec-02', '02-explainer'],
      ['rollout-strategies', null],
      ['sec-1-3', '13-why-nobody-noticed'],
      ['rollout-strategies-1', null],
      // A page of the package has `<main id="main">`: the heading does not take its id.
      ['main-1', null],
      ['ünïcode--quotes', null],
    ]);
    expect(headingSlug('1.3 Why nobody noticed?')).toBe('13-why-nobody-noticed');
  });
});

