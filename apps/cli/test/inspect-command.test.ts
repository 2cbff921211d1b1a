import path from 'node:path';
import { courseSchema } from '@coursepack/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('coursepack inspect and schema', () => {
  it('prints the model with the contract field names', async () => {
    const { code, stdout } = await runCli(['inspect', 'content', '--json'], repo);
    expect(code).toBe(0);
    const course = JSON.parse(stdout) as { modules: Record<string, unknown>[] };
    const m = course.modules.find((x) => x['id'] === '04_ml_platform_operations') as Record<string, any>;
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['id', 'title', 'number', 'focus', 'reviewLoop', 'reflectionPrompts', 'checkpoint', 'rubric', 'gate', 'links']));
    const q = m['checkpoint'].groups[0].questions[0];
    expect(Object.keys(q)).toEqual(expect.arrayContaining(['id', 'kind', 'prompt', 'references']));
    expect(Object.keys(q.references[0])).toEqual(expect.arrayContaining(['file', 'sections']));
    expect(m['rubric'].criteria.map((c: { label: string; max: number }) => [c.label, c.max])).toEqual([['Conceptual', 10], ['Applied', 10], ['Reflection honesty', 5]]);
    expect(m['rubric'].total).toBe(25);
    expect(m['gate'][0]).toHaveProperty('text');
    expect(stdout).not.toContain('"place"');
    expect((await runCli(['inspect', 'content', '--json', '--positions'], repo)).stdout).toContain('"place"');
  });

  it('outlines each module, with the files its packages carry beside its pages', async () => {
    const { code, stdout } = await runCli(['inspect', 'content'], repo);
    expect(code).toBe(0);
    const tour = stdout.slice(stdout.indexOf('01_question_types'), stdout.indexOf('\n\n', stdout.indexOf('01_question_types')));
    expect(tour).toContain('  Rubric: Conceptual /4, Choices /6, Numbers and names /5, Reflection honesty /2 = 17');
    expect(tour).toContain('  Files: 1 image, 1 download (00_course_tour/01_question_types/files/registry-versions.csv)');
  });

  it('prints the JSON Schema', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(courseSchema);
  });
});
