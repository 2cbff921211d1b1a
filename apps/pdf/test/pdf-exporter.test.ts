import { beforeAll, describe, expect, test } from 'vitest';
import type { CourseBuild } from '@coursepack/core';
import { exportableModules } from '@coursepack/core';
import { BOOKLET_FILE, pdfExporter, renderWorksheet } from '../src/index.js';
import { bundledCourse } from './fixtures.js';
import { expectInOrder } from './order.js';
import { hasPoppler, pdfInfo, pdfPages } from './poppler.js';

let build: CourseBuild;
beforeAll(async () => {
  build = await bundledCourse();
});

describe.skipIf(!hasPoppler())('pdf exporter', () => {
  test('writes a worksheet and a key per module', async () => {
    const m = build.course.modules[0]!;
    const result = await pdfExporter.exportModule!(m, { course: build.course, documents: build.documents }, { toolVersion: '0.0.0' });
    expect(result.files.map((f) => f.path)).toEqual([`${m.id}-worksheet.pdf`, `${m.id}-key.pdf`]);
    expect(result.diagnostics).toEqual([]);
    expect(pdfInfo(result.files[0]!.bytes)['Page size']).toMatch(/\(A4\)$/);
  });

  test('the booklet is a contents page plus every worksheet, each starting on its own page', async () => {
    const modules = exportableModules(build);
    expect(modules.length).toBeGreaterThan(1);
    const course = { ...build.course, modules };
    const result = await pdfExporter.exportCourse!({ course, documents: build.documents }, { toolVersion: '0.0.0', paper: 'letter' });
    expect(result.files.map((f) => f.path)).toEqual([BOOKLET_FILE]);
    const booklet = result.files[0]!.bytes;
    const worksheetPages = modules.map((m) => Number(pdfInfo(renderWorksheet(m, { paper: 'letter' }))['Pages']));
    const pages = pdfPages(booklet);
    expect(pages.length).toBe(1 + worksheetPages.reduce((a, b) => a + b, 0));
    expect(pdfInfo(booklet)['Page size']).toBe('612 x 792 pts (letter)');
    expectInOrder(pages[0]!, [build.course.title, 'CONTENTS', ...modules.map((m) => m.title)]);
    let start = 1;
    modules.forEach((m, i) => {
      expect(pages[start]).toContain(m.title);
      // The running header names the module the page belongs to.
      for (let p = start + 1; p < start + worksheetPages[i]!; p++) expect(pages[p]?.split('\n')[0]).toBe(`${m.title} Worksheet`);
      start += worksheetPages[i]!;
    });
  });
});
