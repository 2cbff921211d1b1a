import { beforeAll, describe, expect, test } from 'vitest';
import type { CourseBuild, Module } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { referenceText, renderKey, renderWorksheet, sheetData } from '../src/index.js';
import { bundledCourse, moduleById } from './fixtures.js';
import { expectInOrder, squash } from './order.js';
import { hasPoppler, pdfInfo, pdfPages } from './poppler.js';

// A rich text's words as a page prints them: an image prints as itself (or `[image: …]`), not as the alt text its plain text holds.
function printedText(rich: { text: string; html: string }): string {
  let text = rich.text;
  for (const m of rich.html.matchAll(/<img [^>]*alt="([^"]*)"/g)) text = text.replace(m[1] ?? '', '');
  // A footnote's number, `[1]` in plain text, is printed raised.
  return text.replace(/\[(\d+)\]/g, '$1').trim();
}

const MODULE = '04_ml_platform_operations';
let build: CourseBuild;
beforeAll(async () => {
  build = await bundledCourse();
});

/** Everything the worksheet must print, in reading order. */
function expectedOrder(m: Module): string[] {
  return [
    m.title,
    ...m.reviewLoop.map((s) => s.text.text),
    ...m.reflectionPrompts.map((p) => p.text.text),
    ...m.checkpoint.groups.flatMap((g) => [
      g.title.toUpperCase(),
      ...g.questions.flatMap((q) => [`${q.number}.`, q.prompt.text, ...q.references.map((r) => referenceText(r, m)), ...q.choices.map((c) => c.text.text)]),
    ]),
    ...(m.rubric ? [...m.rubric.criteria.map((c) => `${c.label}${c.max ?? ''}`), `Total${m.rubric.total}`] : []),
    ...m.gate.map((g) => g.text.text),
  ];
}

describe.skipIf(!hasPoppler())('worksheet of the bundled module', () => {
  test('prints every step, prompt, question, reference, rubric row and gate item in order', () => {
    const m = moduleById(build, MODULE);
    expect(m.checkpoint.groups.flatMap((g) => g.questions).length).toBeGreaterThan(10);
    expect(m.rubric?.criteria.length).toBeGreaterThan(2);
    expectInOrder(pdfPages(renderWorksheet(m)).join('\n'), expectedOrder(m));
  });

  test('every page carries the running header (after the first) and a Page X of Y footer', () => {
    const pages = pdfPages(renderWorksheet(moduleById(build, MODULE)));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page.trim().split('\n').at(-1)).toBe(`Page ${i + 1} of ${pages.length}`);
      if (i > 0) expect(page.trim().split('\n')[0]).toBe(`${moduleById(build, MODULE).title} Worksheet`);
    });
  });

  test.each(['worksheet', 'key'] as const)('no %s page ends on a heading, and no question is split from its references', (variant) => {
    for (const m of build.course.modules) {
      const pages = pdfPages(variant === 'key' ? renderKey(m) : renderWorksheet(m));
      const headings = new Set(['Review loop', 'Reflection prompts', 'Checkpoint', 'Self-evaluation', 'Completion gate', ...m.checkpoint.groups.map((g) => g.title.toUpperCase())]);
      pages.slice(0, -1).forEach((page) => {
        const lines = page.split('\n').filter((l) => l.trim() !== '' && !/^Page \d+ of \d+$/.test(l.trim()));
        expect(headings.has(lines.at(-1)?.trim() ?? ''), `${m.id} page ends on "${lines.at(-1)}"`).toBe(false);
      });
      for (const q of m.checkpoint.groups.flatMap((g) => g.questions)) {
        const parts = [printedText(q.prompt), ...q.references.map((r) => referenceText(r, m)), ...q.choices.map((c) => c.text.text)];
        const page = pages.findIndex((p) => squash(p).includes(squash(printedText(q.prompt))));
        expect(page, `${q.uid} printed`).toBeGreaterThanOrEqual(0);
        for (const part of parts) expect(squash(pages[page] ?? ''), `${q.uid}: "${part}" on the prompt's page`).toContain(squash(part));
      }
    }
  });

  test('A4 by default, US Letter when asked; the key is never longer than the worksheet', () => {
    const m = moduleById(build, MODULE);
    const a4 = pdfInfo(renderWorksheet(m));
    const letter = pdfInfo(renderWorksheet(m, { paper: 'letter' }));
    expect(a4['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)$/);
    expect(letter['Page size']).toBe('612 x 792 pts (letter)');
    expect(Number(pdfInfo(renderKey(m))['Pages'])).toBeLessThanOrEqual(Number(a4['Pages']));
  });
});

describe.skipIf(!hasPoppler())('an open question worth a share of a rubric row', () => {
  test('gets whole writing lines, and both printouts typeset', async () => {
    const review = `# 06. Module 1 Review — Shares

## Embedded checkpoint

### Conceptual

1. Why does tracking matter?

   > Runs must be reproducible.

2. Why does a registry matter?

   > It records which version is live.

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 3 |
| **Total** | __ | **3** |
`;
    const shares = await courseFromFiles({ 'm1/06_revision.md': review });
    const m = shares.course.modules[0]!;
    expect(m.checkpoint.groups[0]!.questions.map((q) => q.points)).toEqual([1.5, 1.5]);
    expect(sheetData(m, 'worksheet').groups[0]!.questions.map((q) => q.lines)).toEqual([5, 5]);
    expectInOrder(pdfPages(renderWorksheet(m)).join('\n'), ['Why does tracking matter?', 'Why does a registry matter?']);
    expectInOrder(pdfPages(renderKey(m)).join('\n'), ['Runs must be reproducible.', 'It records which version is live.']);
  });
});
