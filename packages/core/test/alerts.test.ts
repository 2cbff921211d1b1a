import { renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Notes\n\n## Completion gate\n\n- [ ] Done.\n';

describe("GitHub's alerts", () => {
  it('show on pages as GitHub shows them, titled, in any case of marker, nested in lists too', async () => {
    const explainer = [
      '# 02. Explainer',
      '> [!NOTE]\n> Useful *context*.',
      '> [!caution]\n> Lower case works too.',
      '- An item\n\n  > [!TIP]\n  > Inside a list.',
      '> [!NOTE] with text after the marker is a quote',
      '> Just a quote.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/06_revision.md': REVIEW });
    expect(build.diagnostics).toEqual([]);
    const doc = build.documents.get('m1/02_explainer.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<div class="markdown-alert markdown-alert-note">\n<p class="markdown-alert-title">Note</p>\n<p>Useful <em>context</em>.</p>\n</div>');
    expect(html).toContain('<div class="markdown-alert markdown-alert-caution">\n<p class="markdown-alert-title">Caution</p>\n<p>Lower case works too.</p>\n</div>');
    expect(html).toContain('<div class="markdown-alert markdown-alert-tip">\n<p class="markdown-alert-title">Tip</p>\n<p>Inside a list.</p>\n</div>');
    expect(html).toContain('<blockquote>\n<p>[!NOTE] with text after the marker is a quote</p>\n</blockquote>');
    expect(html).toContain('<blockquote>\n<p>Just a quote.</p>\n</blockquote>');
    expect(html).not.toMatch(/\[!(NOTE|caution|TIP)\]\n/);
  });

  it('are titled in the course language, or in the words its configuration gives', async () => {
    const explainer = '# 02. Erklärung\n\n> [!WARNING]\n> Vorsicht beim Zurückrollen.\n\n> [!IMPORTANT]\n> Merken.\n';
    const build = await courseFromFiles({
      'coursepack.config.json': JSON.stringify({ language: 'de', labels: { alertImportant: 'Merke' } }),
      'm1/02_explainer.md': explainer,
      'm1/06_revision.md': REVIEW,
    });
    const doc = build.documents.get('m1/02_explainer.md');
    const html = doc ? renderDocumentHtml(doc) : '';
    expect(html).toContain('<p class="markdown-alert-title">Warnung</p>');
    expect(html).toContain('<p class="markdown-alert-title">Merke</p>');
    expect(build.course.labels.alertWarning).toBe('Warnung');
  });

  it('under a question or a choice are part of what it says, not its answer or feedback', async () => {
    const review = [
      '# 06. Module 1 Review — Notes',
      '## Checkpoint',
      '### Applied',
      '1. How long did the restore take, in seconds?\n\n   > [!TIP]\n   > Count from 14:00:00.\n\n   Answer: 90 ± 5\n\n   > Incorrect: subtract the two times.',
      '2. Why keep a bad version?\n\n   > [!NOTE]\n   > Think about incidents.\n\n   > To learn why it failed.',
      '3. Which one is immutable?\n   - [x] A version\n     > [!NOTE]\n     > Numbered once.\n\n     > Right.\n   - [ ] An alias',
      '## Completion gate',
      '- [ ] Done.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [numeric, open, single] = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect(numeric?.kind).toBe('numeric');
    expect(numeric?.numeric).toEqual({ value: 90, tolerance: 5 });
    expect(numeric?.prompt.text).toBe('How long did the restore take, in seconds?\n\nTip\nCount from 14:00:00.');
    expect(numeric?.prompt.html).toContain('<p class="markdown-alert-title">Tip</p>');
    expect(numeric?.feedback.incorrect?.text).toBe('subtract the two times.');
    expect(open?.kind).toBe('open');
    expect(open?.prompt.html).toContain('<div class="markdown-alert markdown-alert-note">');
    expect(open?.modelAnswer?.text).toBe('To learn why it failed.');
    expect(single?.choices[0]?.text.html).toContain('<p class="markdown-alert-title">Note</p>');
    expect(single?.choices[0]?.feedback?.text).toBe('Right.');
  });
});
