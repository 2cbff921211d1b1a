import { beforeAll, describe, expect, test } from 'vitest';
import type { Module } from '@coursepack/core';
import { DEFAULT_LABELS } from '@coursepack/core';
import { renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { INJECTION, injectionCourse } from './fixtures.js';
import { squash } from './order.js';
import { hasPoppler, pdfInfo, pdfPages } from './poppler.js';

let m: Module;
let title: string;
beforeAll(async () => {
  const build = await injectionCourse();
  const found = build.course.modules[0];
  if (!found) throw new Error('fixture has no module');
  m = found;
  title = build.course.title;
});

describe.skipIf(!hasPoppler())('author text is never Typst code', () => {
  test('markup, code, math, comments and imports print literally, with the author’s Unicode', () => {
    const literal = INJECTION.replaceAll('\\*', '*');
    expect(m.checkpoint.groups[0]?.questions[0]?.prompt.text).toBe(literal);
    for (const [pdf, pages] of [[renderWorksheet(m), '2'], [renderKey(m), '1']] as const) {
      const text = squash(pdfPages(pdf).join('\n'));
      for (const expected of [
        literal,
        'Module 1 Review — Print “quotes” – dashes × signs',
        'printing #set text(fill: red) literally, § and all.',
        'Read #include "secret.typ" first.',
        'What did #set page(width: 1cm) change?',
        'Conceptual #1', 'Choices $2$',
        'I printed #pagebreak() literally.',
      ]) expect(text).toContain(squash(expected));
      expect(pdfInfo(pdf)['Pages']).toBe(pages);
    }
  });

  test('the booklet prints the same literal text', () => {
    const text = squash(pdfPages(renderBooklet({ schemaVersion: '1', title: `${title} #panic()`, language: 'en', labels: DEFAULT_LABELS, modules: [m] })).join('\n'));
    expect(text).toContain(squash(`${title} #panic()`));
    expect(text).toContain(squash(INJECTION.replaceAll('\\*', '*')));
  });
});
