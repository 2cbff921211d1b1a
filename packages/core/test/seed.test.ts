import { describe, expect, it } from 'vitest';
import { loadCourse } from '@coursepack/core';

describe('seed module', () => {
  it('reads the checkpoint groups and rubric of the seed review', async () => {
    const build = await loadCourse('content');
    const m = build.course.modules.find((x) => x.id === '04_ml_platform_operations');
    expect(m?.checkpoint.groups.map((g) => [g.title, g.questions.length])).toEqual([['Conceptual', 10], ['Applied', 5]]);
    expect(m?.rubric?.total).toBe(25);
  });
});
