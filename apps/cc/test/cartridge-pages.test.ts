import type { Course, Module } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { cartridgePages } from '../src/cartridge-pages.js';

const review = (n: number) => `# 06. Module ${n} Review — Topic ${n}\n\n## Completion gate\n\n- [ ] Done.\n`;
const explainer = (n: number) => `# 02. Explainer ${n}\n\n## 1. Basics\n\n### 1.1 First\n\nText.\n`;

/** What every kind of link from the first page of `module` resolves to, in `course`. */
function resolutions(course: Course, module: Module): string[] {
  const pages = cartridgePages(course);
  const from = pages.of(module)[0];
  if (!from) throw new Error(`module ${module.id} has no page`);
  const hrefs = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm9'].flatMap((id) => [`../${id}/02_explainer.md#sec-1-1`, `../${id}/`, `../${id}`, `../${id}/06_revision.md`, `../${id}/missing.md`, `../elsewhere/${id}`]);
  return [...hrefs, 'https://example.org/', '#here', '02_explainer.md'].map((href) => {
    const r = pages.resolve(from, href);
    return `${href} -> ${r.href} (${r.target?.source ?? 'none'})`;
  });
}

describe('cartridge pages over a build', () => {
  let course: Course;
  beforeAll(async () => {
    const files: Record<string, string> = {};
    for (let n = 1; n <= 6; n++) {
      files[`m${n}/06_revision.md`] = review(n);
      files[`m${n}/02_explainer.md`] = explainer(n);
    }
    course = (await courseFromFiles(files)).course;
  });

  it('resolves links as a fresh index does while one module at a time replaces its skeleton, and when ids clash', () => {
    // A build exports each module against distinct skeleton objects of all the others.
    const skeletons = course.modules.map((m) => ({ ...m }));
    const courses = course.modules.map((full, k) => ({ course: { ...course, modules: skeletons.map((s, i) => (i === k ? full : s)) }, module: full }));
    const replace = (k: number, module: Module) => ({ course: { ...course, modules: skeletons.map((s, i) => (i === k ? module : s)) }, module });
    // A module moved to another folder in place: links to its old place must no longer reach it.
    const moved = course.modules[2] as Module;
    courses.push(replace(2, { ...moved, id: 'm9', path: 'm9', files: moved.files.map((f) => ({ ...f, path: f.path.replace(/^m3\//, 'm9/') })) }));
    // A module named as a later one: the later one must win, as in a fresh index.
    courses.push(replace(0, { ...(course.modules[0] as Module), id: 'm5' }));
    courses.push(courses[1] as (typeof courses)[number]);

    // Each expected answer from an index built anew: a course of another length comes first.
    const fresh = courses.map(({ course: c, module }) => {
      cartridgePages({ ...c, modules: c.modules.slice(1) });
      return resolutions(c, module);
    });
    expect(fresh[0]).toContain('../m3/02_explainer.md#sec-1-1 -> ../m3/explainer.html#sec-1-1 (m3/02_explainer.md)');
    expect(fresh[0]).toContain('../m3 -> ../m3/review.html (m3/06_revision.md)');
    expect(fresh[6]?.filter((r) => r.startsWith('../m3') || r.startsWith('../elsewhere/m3 ')).every((r) => r.endsWith('(none)'))).toBe(true);
    expect(fresh[6]?.find((r) => r.startsWith('../elsewhere/m9 '))).toMatch(/\(m9\/06_revision\.md\)$/);
    // A link by module name reaches the later of the two modules named m5.
    expect(fresh[7]?.find((r) => r.startsWith('../elsewhere/m5 '))).toMatch(/\(m5\/06_revision\.md\)$/);

    // Then the same courses in build order, each laid out over the previous ones.
    cartridgePages({ ...course, modules: [] });
    expect(courses.map(({ course: c, module }) => resolutions(c, module))).toEqual(fresh);
  });
});
