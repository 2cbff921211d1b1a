import type { CourseBuild } from '@coursepack/core';
import { buildCourse } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

const errors = (build: CourseBuild) => build.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.place.file}:${d.place.line}:${d.place.column}`);

describe('module folder names, as the file systems exports land on compare them', () => {
  it('reports folders whose names differ only in letter case as duplicates, and builds the first only', async () => {
    const build = await courseFromFiles({ 'a/Intro/06_revision.md': REVIEW, 'b/intro/06_revision.md': REVIEW, 'b/other/06_revision.md': REVIEW });
    expect(errors(build)).toEqual(['module-duplicate-id b/intro/06_revision.md:1:1']);
    expect(build.diagnostics[0]?.message).toContain('`Intro` and `intro`');
    expect(build.course.modules.map((m) => m.id)).toEqual(['Intro', 'other']);
  });

  it('reports one name written in two Unicode forms (composed and decomposed accents) as a duplicate', async () => {
    const composed = 'caf\u00e9';
    const decomposed = 'cafe\u0301';
    const build = await courseFromFiles({ [`a/${composed}/06_revision.md`]: REVIEW, [`b/${decomposed}/06_revision.md`]: REVIEW });
    expect(errors(build)).toEqual([`module-duplicate-id b/${decomposed}/06_revision.md:1:1`]);
    expect(build.course.modules.map((m) => m.id)).toEqual([composed]);
  });

  it('keeps the names course-level files are named after from modules, in any case, and nothing more', async () => {
    const build = await courseFromFiles({
      'a/course/06_revision.md': REVIEW,
      'a/COURSE.schema/06_revision.md': REVIEW,
      'a/courses/06_revision.md': REVIEW,
      'a/course_intro/06_revision.md': REVIEW,
    });
    expect(errors(build)).toEqual(['module-id-reserved a/COURSE.schema/06_revision.md:1:1', 'module-id-reserved a/course/06_revision.md:1:1']);
    expect(build.course.modules.map((m) => m.id)).toEqual(['course_intro', 'courses']);
  });

  it('gives a course kept in a folder named `course`, itself the one module, the id `course-module`', () => {
    const review = { path: '06_revision.md', bytes: new TextEncoder().encode(REVIEW), size: REVIEW.length, issue: null };
    for (const name of ['course', 'Course.Schema']) {
      const build = buildCourse({ name, files: [review], configText: null, issues: [] });
      expect(errors(build)).toEqual([]);
      expect(build.course.modules.map((m) => m.id)).toEqual([`${name}-module`]);
    }
    // Any other name stays the module's id.
    expect(buildCourse({ name: 'courses', files: [review], configText: null, issues: [] }).course.modules.map((m) => m.id)).toEqual(['courses']);
  });

  it('builds no module whose folder name leaves no room for its exports\' names, and builds the others', async () => {
    const long = `m01_${'é'.repeat(100)}`;
    const build = await courseFromFiles({ [`${long}/06_revision.md`]: REVIEW, 'm02/06_revision.md': REVIEW });
    // 100 × é is 200 bytes of UTF-8, so 204 in all, though only 104 characters.
    expect(errors(build)).toEqual([`module-id-too-long ${long}/06_revision.md:1:1`]);
    expect(build.course.modules.map((m) => m.id)).toEqual(['m02']);
  });

  it('warns of module folder names Windows cannot hold as file names, and still builds them', async () => {
    const names = ['m01: intro', 'aux', 'Con.notes', 'ends with dot.', 'what?', 'fine #1 & more', 'console', 'com10'];
    const build = await courseFromFiles(Object.fromEntries(names.map((n) => [`${n}/06_revision.md`, REVIEW])));
    const warned = build.diagnostics.filter((d) => d.code === 'module-id-not-portable');
    expect(warned.map((d) => d.module).sort()).toEqual(['Con.notes', 'aux', 'ends with dot.', 'm01: intro', 'what?']);
    expect(warned.every((d) => d.severity === 'warning')).toBe(true);
    expect(warned.find((d) => d.module === 'm01: intro')?.message).toBe('The module folder name `m01: intro` holds `:`, which Windows does not allow in a file name; its exports are named after it (`m01: intro.zip`, …), so they cannot be unpacked or copied there: rename the folder if anyone will handle them on Windows');
    expect(build.course.modules.map((m) => m.id).sort()).toEqual([...names].sort());
  });

  it('makes the name of a content folder that is itself the one module usable as an id: no backslash, no control character', () => {
    const review = { path: '06_revision.md', bytes: new TextEncoder().encode(REVIEW), size: REVIEW.length, issue: null };
    // Zips read a backslash as a folder separator, and XML cannot carry a control character.
    const build = buildCourse({ name: 'spring\\2027\u001b[1m', files: [review], configText: null, issues: [] });
    expect(errors(build)).toEqual([]);
    expect(build.course.modules.map((m) => m.id)).toEqual(['spring-2027-[1m']);
  });
});
