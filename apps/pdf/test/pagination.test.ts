import { expect, test } from 'vitest';
import type { Module } from '@coursepack/core';
import { documentData } from '../src/internal/document-data.js';
import { compileTypst, queryTypst } from '../src/internal/typst-compiler.js';
import { bundledCourse, injectionCourse, richAnswerCourse } from './fixtures.js';

test('every question starts and ends on the same page, on either paper, in worksheet, key and booklet', async () => {
  const modules: Module[] = [
    ...(await bundledCourse()).course.modules,
    ...(await injectionCourse()).course.modules,
    ...(await richAnswerCourse()).course.modules,
  ];
  const questions = (ms: Module[]) => ms.flatMap((m) => m.checkpoint.groups.flatMap((g) => g.questions)).length;
  const printouts = [
    ...modules.flatMap((m) => (['worksheet', 'key'] as const).flatMap((v) => (['a4', 'letter'] as const).map((p) => ({ ms: [m], data: documentData([m], v, { paper: p }, null, true) })))),
    { ms: modules, data: documentData(modules, 'worksheet', { paper: 'a4' }, 'Booklet', true) },
  ];
  let spread = 0;
  for (const { ms, data } of printouts) {
    const starts = queryTypst(data, 'question-start');
    const ends = queryTypst(data, 'question-end');
    expect(starts.length).toBe(questions(ms));
    expect(ends, `${data.title} (${data.paper})`).toEqual(starts);
    spread = Math.max(spread, new Set(starts).size);
  }
  // Markers take no room: the printout with them has the very same bytes as without.
  const [first] = modules;
  if (!first) throw new Error('no modules');
  expect(queryTypst(documentData([first], 'worksheet', { paper: 'a4' }, null, false), 'question-start')).toEqual([]);
  const bytes = (markers: boolean) => Buffer.from(compileTypst(documentData([first], 'key', { paper: 'a4' }, null, markers)));
  expect(bytes(true).equals(bytes(false))).toBe(true);
  // The check means something only if questions do fall on several pages.
  expect(spread).toBeGreaterThan(5);
});
