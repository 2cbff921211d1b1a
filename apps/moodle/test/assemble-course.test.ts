import { loadCourse } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { moodleExporter } from '@coursepack/moodle';
import { EVERY_KIND_FILES, courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const NO_QUESTIONS = '# 06. Module 3 Review — Reading only\n\n## Completion gate\n\n- [ ] Read the explainer.\n';

describe('course.moodle.xml from the module banks', () => {
  it.each([
    ['the bundled course', async () => loadCourse(new URL('../../../content', import.meta.url).pathname)],
    // A module without questions has no bank, so no part.
    ['a course with a module without questions between two with', async () => courseFromFiles({ ...EVERY_KIND_FILES, 'part/01_b_reading/06_revision.md': NO_QUESTIONS })],
    ['a course whose first module has no questions', async () => courseFromFiles({ 'a/06_revision.md': NO_QUESTIONS, ...EVERY_KIND_FILES })],
  ])('is byte-identical to writing the whole course bank at once: %s', async (_, load) => {
    const build = await load();
    const input = { course: build.course, documents: build.documents };
    const options = { toolVersion: 'test' };
    const parts = new Map<string, OutputFile[]>();
    for (const m of build.course.modules) parts.set(m.id, (await moodleExporter.exportModule!(m, input, options)).files);
    const assembled = await collectFiles(await moodleExporter.assembleCourse!(build.course, async (id) => parts.get(id) ?? [], options));
    const direct = await moodleExporter.exportCourse!(input, options);
    expect(assembled.files.map((f) => f.path)).toEqual(['course.moodle.xml']);
    expect(new TextDecoder().decode(assembled.files[0]!.bytes)).toBe(new TextDecoder().decode(direct.files[0]!.bytes));
  });

  it('is not written for a course of modules without questions, which Moodle would refuse', async () => {
    const build = await courseFromFiles({ 'a/06_revision.md': NO_QUESTIONS, 'b/06_revision.md': NO_QUESTIONS });
    const options = { toolVersion: 'test' };
    expect((await moodleExporter.assembleCourse!(build.course, async () => [], options)).files).toEqual([]);
    expect((await moodleExporter.exportCourse!({ course: build.course, documents: build.documents }, options)).files).toEqual([]);
  });
});
