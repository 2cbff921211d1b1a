import { loadCourse } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { moodleExporter } from '@coursepack/moodle';
import { describe, expect, it } from 'vitest';

describe('course.moodle.xml from the module banks', () => {
  it('is byte-identical to writing the whole course bank at once', async () => {
    const build = await loadCourse(new URL('../../../content', import.meta.url).pathname);
    const input = { course: build.course, documents: build.documents };
    const options = { toolVersion: 'test' };
    const parts = new Map<string, OutputFile[]>();
    for (const m of build.course.modules) parts.set(m.id, (await moodleExporter.exportModule!(m, input, options)).files);
    const assembled = await collectFiles(await moodleExporter.assembleCourse!(build.course, async (id) => parts.get(id) ?? [], options));
    const direct = await moodleExporter.exportCourse!(input, options);
    expect(new TextDecoder().decode(assembled.files[0]!.bytes)).toBe(new TextDecoder().decode(direct.files[0]!.bytes));
    expect(assembled.files[0]!.path).toBe('course.moodle.xml');
  });
});
