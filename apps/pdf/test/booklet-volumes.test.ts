import { beforeAll, describe, expect, test } from 'vitest';
import type { CourseBuild } from '@coursepack/core';
import { exportableModules } from '@coursepack/core';
import { collectFiles, fileBytes } from '@coursepack/export-kit';
import { assembleBooklet, bookletPart, exportBooklet, renderBooklet } from '../src/index.js';
import { bundledCourse } from './fixtures.js';
import { hasPoppler, pdfInfo, pdfPages } from './poppler.js';

let build: CourseBuild;
beforeAll(async () => {
  build = await bundledCourse();
});

describe.skipIf(!hasPoppler())('booklet volumes', () => {
  test('one course.pdf, typeset in a child process, equals the in-process booklet', async () => {
    const course = { ...build.course, modules: exportableModules(build) };
    const result = await exportBooklet(course);
    expect(result.files.map((f) => f.path)).toEqual(['course.pdf']);
    expect(Buffer.from(result.files[0]!.bytes).equals(Buffer.from(renderBooklet(course)))).toBe(true);
    expect(result.diagnostics).toEqual([]);
  });

  test('a course larger than a volume is split into numbered volumes with their own contents', async () => {
    const modules = exportableModules(build);
    const result = await exportBooklet({ ...build.course, modules }, { volumeSize: 2 });
    expect(result.files.map((f) => f.path)).toEqual(['course-01.pdf', 'course-02.pdf']);
    expect(pdfInfo(result.files[0]!.bytes)['Title']).toBe(`${build.course.title} — volume 1 of 2 — Worksheets`);
    expect(pdfPages(result.files[1]!.bytes)[0]).toContain(modules[2]!.title);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([['pdf-booklet-volumes', 'info']]);
  });

  test('typesets no more volumes at once than its jobs, one by default', async () => {
    const modules = exportableModules(build);
    // Each volume goes through memo when it is typeset: count how many are under way at once.
    const overlap = async (jobs: number | undefined) => {
      let running = 0;
      let most = 0;
      const memo = async (_key: string, make: () => Promise<Uint8Array>) => {
        most = Math.max(most, ++running);
        try {
          return await make();
        } finally {
          running--;
        }
      };
      const result = await exportBooklet({ ...build.course, modules }, { volumeSize: 1, ...(jobs ? { jobs } : {}), memo });
      expect(result.files.length).toBe(modules.length);
      return most;
    };
    expect(modules.length).toBeGreaterThanOrEqual(3);
    expect(await overlap(undefined)).toBe(1);
    expect(await overlap(1)).toBe(1);
    expect(await overlap(3)).toBe(3);
  });
});

describe.skipIf(!hasPoppler())('booklet from module parts', () => {
  test('is byte-identical to the booklet made from the modules', async () => {
    const course = { ...build.course, modules: exportableModules(build) };
    const parts = new Map(course.modules.map((m) => [m.id, bookletPart(m)]));
    const assembled = await collectFiles(await assembleBooklet(course, async (id) => parts.get(id) ?? [], { volumeSize: 2 }));
    const direct = await exportBooklet(course, { volumeSize: 2 });
    expect(assembled.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(direct.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
  });

  test('typesets each volume as its file is written, holding no more typeset volumes than its jobs', async () => {
    const course = { ...build.course, modules: exportableModules(build) };
    expect(course.modules.length).toBeGreaterThanOrEqual(3);
    const parts = new Map(course.modules.map((m) => [m.id, bookletPart(m)]));
    // Each volume goes through memo when its typesetting starts: count them.
    const assembledWith = async (jobs: number | undefined) => {
      const typeset: string[] = [];
      const memo = async (key: string, make: () => Promise<Uint8Array>) => {
        typeset.push(key);
        return make();
      };
      const result = await assembleBooklet(course, async (id) => parts.get(id) ?? [], { volumeSize: 1, memo, ...(jobs ? { jobs } : {}) });
      return { result, typeset };
    };
    const one = await assembledWith(undefined);
    expect(one.result.files.map((f) => f.path)).toEqual(course.modules.map((_, i) => `course-0${i + 1}.pdf`));
    expect(one.typeset).toEqual([]);
    const [first, second] = one.result.files;
    if (!first || !second) throw new Error('no volumes');
    expect(pdfPages(await fileBytes(first))[0]).toContain(course.modules[0]!.title);
    expect(one.typeset.length).toBe(1);
    expect(pdfPages(await fileBytes(second))[0]).toContain(course.modules[1]!.title);
    expect(one.typeset.length).toBe(2);
    // With two jobs, writing a volume starts the next one beside it, and no further.
    const two = await assembledWith(2);
    await fileBytes(two.result.files[0]!);
    expect(two.typeset.length).toBe(2);
    for (const file of two.result.files.slice(1)) await fileBytes(file);
    expect(two.typeset.length).toBe(course.modules.length);
  });
});
