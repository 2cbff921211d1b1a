import { loadCourse } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import { collectFiles, isStreamed } from '@coursepack/export-kit';
import { jsonExporter } from '@coursepack/json';
import { IMAGE_FILES, assetsOf, courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

describe('course.json from the module documents', () => {
  it('is byte-identical to serialising the whole course, with and without positions', async () => {
    const build = await loadCourse(new URL('../../../content', import.meta.url).pathname);
    const input = { course: build.course, documents: build.documents };
    for (const positions of [false, true]) {
      const options = { toolVersion: 'test', positions };
      const parts = new Map<string, OutputFile[]>();
      for (const m of build.course.modules) parts.set(m.id, await jsonExporter.exportModuleParts!(m, input, options));
      const streamed = await jsonExporter.assembleCourse!(build.course, async (id) => parts.get(id) ?? [], options);
      // The course file is written as it is read, never held whole; each pass reads it again.
      expect(streamed.files.filter(isStreamed).map((f) => f.path)).toEqual(['course.json']);
      const assembled = await collectFiles(streamed);
      expect(await collectFiles(streamed)).toEqual(assembled);
      const direct = await jsonExporter.exportCourse!(input, options);
      expect(assembled.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(direct.files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]));
    }
    const none = await collectFiles(await jsonExporter.assembleCourse!({ ...build.course, modules: [] }, async () => [], { toolVersion: 'test' }));
    expect(JSON.parse(new TextDecoder().decode(none.files[0]!.bytes)).modules).toEqual([]);
  });

  it('is byte-identical to the whole-course export for a course that shows images, each image once', async () => {
    const build = await courseFromFiles(IMAGE_FILES);
    const input = { course: build.course, documents: build.documents, assets: assetsOf(IMAGE_FILES) };
    const options = { toolVersion: 'test' };
    const parts = new Map<string, OutputFile[]>();
    for (const m of build.course.modules) parts.set(m.id, await jsonExporter.exportModuleParts!(m, input, options));
    const assembled = await collectFiles(await jsonExporter.assembleCourse!(build.course, async (id, only) => (parts.get(id) ?? []).filter((f) => only === undefined || f.path === only), options));
    const direct = await jsonExporter.exportCourse!(input, options);
    const listing = (files: OutputFile[]) => files.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]);
    expect(listing(assembled.files)).toEqual(listing(direct.files));
    expect(assembled.files.map((f) => f.path)).toEqual(['course.json', 'course.schema.json', 'assets/pics/img/flow.png', 'assets/shared/stage one.png', 'assets/pics/img/curves.png']);
  });
});
