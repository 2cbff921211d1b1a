import { beforeAll, describe, expect, test } from 'vitest';
import type { Module } from '@coursepack/core';
import { renderKey, renderWorksheet } from '../src/index.js';
import { injectionCourse, richAnswerCourse } from './fixtures.js';
import { expectInOrder, squash } from './order.js';
import { hasPoppler, pdfPages } from './poppler.js';

let m: Module;
beforeAll(async () => {
  const build = await injectionCourse();
  const found = build.course.modules[0];
  if (!found) throw new Error('fixture has no module');
  m = found;
});

describe.skipIf(!hasPoppler())('instructor key', () => {
  test('marks the correct choice and prints model answers, feedback, accepted answers and points', () => {
    const text = pdfPages(renderKey(m)).join('\n');
    expectInOrder(text, [
      'Module 1 · Instructor key'.toUpperCase(),
      // The row `Conceptual #1` scores the group `Conceptual`: its question is worth the row's 2.
      'Does #panic("boom")', 'MODEL ANSWER', '#text(red)[never] — it prints as written.', '2 pts',
      'Pick $a$ or [b].', 'A #strong[right] choice CORRECT', '#emph[yes] indeed', 'B = not a heading', 'WHEN INCORRECT', '#eval("1 + 1") is not run.', '1 pt',
      'Name the label.', 'Answer #alias or a_b', '1 pt',
      'How many seconds?', 'Answer 42 ± 0.5', '1 pt',
    ]);
    expect(squash(text)).not.toContain(squash('B = not a heading CORRECT'));
  });

  test('the worksheet gives nothing away', () => {
    const text = squash(pdfPages(renderWorksheet(m)).join('\n'));
    for (const secret of ['CORRECT', 'MODEL ANSWER', 'it prints as written', 'yes indeed', 'is not run', '#alias', '42 ± 0.5', '1 pt']) {
      expect(text).not.toContain(squash(secret));
    }
    expect(text).toContain(squash('Name Date Score / 5'));
  });
});

describe.skipIf(!hasPoppler())('a module with only a checkpoint', () => {
  test('prints one page each, with the structured model answer in the key', async () => {
    const build = await richAnswerCourse();
    const only = build.course.modules[0]!;
    expect(only.checkpoint.groups[0]?.questions[0]?.modelAnswer).not.toBeNull();
    const worksheet = pdfPages(renderWorksheet(only));
    const key = pdfPages(renderKey(only));
    expect([worksheet.length, key.length]).toEqual([1, 1]);
    expect(worksheet[0]).toContain('Name Date\n');
    expectInOrder(key[0]!, [
      'Walk the first thirty minutes of triage.', 'MODEL ANSWER', 'Model answer, in order:',
      '1. Freeze deploys and note the time.', '2. Compare the last good and the first bad run:', 'data snapshot', 'model version',
      'registry.alias("champion").rollback()', 'Then write the incident note.', 'Page 1 of 1',
    ]);
    expect(squash(worksheet[0]!)).not.toContain(squash('Freeze deploys'));
  });
});
