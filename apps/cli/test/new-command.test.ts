import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourse } from '@coursepack/core';
import { runCli } from './run-cli.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function courseFolder(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'coursepack-new-'));
  dirs.push(root);
  return root;
}

describe('coursepack new', () => {
  it('writes the six files of a module that validates as created, titled from its folder', async () => {
    const root = await courseFolder();
    const run = await runCli(['new', 'data/03_feature_stores', '--number', '3'], root);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Created data/03_feature_stores with 6 files');
    expect((await readdir(path.join(root, 'data/03_feature_stores'))).sort()).toEqual(['01_weekly_plan.md', '02_explainer.md', '03_study_material.md', '04_daily_recall.md', '05_hands_on_lab.md', '06_revision.md']);
    // Nothing is left beside it.
    expect(await readdir(path.join(root, 'data'))).toEqual(['03_feature_stores']);
    const build = await loadCourse(root);
    expect(build.diagnostics).toEqual([]);
    const [module] = build.course.modules;
    expect([module?.id, module?.number, module?.title]).toEqual(['03_feature_stores', 3, 'Module 3 Review — Feature Stores']);
    // Every part of the review page is there, and its references resolve.
    expect(module?.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => q.kind)])).toEqual([['Conceptual', ['open']], ['Applied', ['single']]]);
    expect(module?.rubric?.total).toBe(module?.rubric?.computedTotal);
    expect(module?.checkpoint.groups.flatMap((g) => g.questions.flatMap((q) => q.references.flatMap((r) => r.sections.flatMap((s) => s.resolved))))).toEqual(['1.1', '1.2']);
    expect([module?.reviewLoop.length, module?.reflectionPrompts.length, module?.gate.length, module?.recall.groups[0]?.questions.length]).toEqual([3, 2, 3, 2]);
    // And the course builds.
    const built = await runCli(['validate', '.'], root);
    expect(built.code).toBe(0);
  });

  it('takes a title and no number, and a module without a number is still a module', async () => {
    const root = await courseFolder();
    expect((await runCli(['new', 'm1', '--title', 'C# & *Async* <I/O>'], root)).code).toBe(0);
    const build = await loadCourse(root);
    expect(build.diagnostics).toEqual([]);
    expect([build.course.modules[0]?.number, build.course.modules[0]?.title]).toEqual([null, 'Review — C# & Async <I/O>']);
  });

  it("names the files and titles the review's sections as the course's configuration does", async () => {
    const root = await courseFolder();
    const config = { language: 'de', roles: { review: ['wiederholung'], explainer: ['erklaerung'] }, sections: { checkpoint: ['lernkontrolle'], gate: ['abschluss'] } };
    await writeFile(path.join(root, 'coursepack.config.json'), JSON.stringify(config));
    expect((await runCli(['new', 'kurs/m1', '--number', '1'], root)).code).toBe(0);
    const names = (await readdir(path.join(root, 'kurs/m1'))).sort();
    expect(names).toEqual(['01_weekly_plan.md', '02_erklaerung.md', '03_study_material.md', '04_daily_recall.md', '05_hands_on_lab.md', '06_wiederholung.md']);
    const review = await readFile(path.join(root, 'kurs/m1/06_wiederholung.md'), 'utf8');
    expect(review).toContain('## Lernkontrolle\n');
    expect(review).toContain('## Abschluss\n');
    expect(review).toContain('`02_erklaerung.md` §1.1');
    const build = await loadCourse(root);
    expect(build.diagnostics).toEqual([]);
    expect(build.course.modules[0]?.checkpoint.groups).toHaveLength(2);
    expect(build.course.modules[0]?.gate).toHaveLength(3);
  });

  it('gives a course that numbers its modules the next number, reading only the review pages', async () => {
    const root = await courseFolder();
    await writeFile(path.join(root, 'coursepack.config.json'), '{ "title": "Course" }');
    expect((await runCli(['new', 'track/m1', '--number', '7'], root)).code).toBe(0);
    expect((await runCli(['new', 'm2', '--number', '17'], root)).code).toBe(0);
    // An explainer that would say otherwise is not what numbers a module.
    await writeFile(path.join(root, 'm2', '02_explainer.md'), '# 02. Module 99 Explainer\n\n## 1. A\n\n### 1.1 B\n\nText.\n\n### 1.2 C\n\nText.\n');
    // Run from a folder inside the course: its configuration is found above.
    const run = await runCli(['new', 'm3'], path.join(root, 'track'));
    expect(run.stdout).toContain('Created m3 as Module 18, the next number in the course');
    const build = await loadCourse(root);
    expect(build.course.modules.map((m) => [m.id, m.number])).toEqual([['m2', 17], ['m1', 7], ['m3', 18]]);
    // A number given wins.
    expect((await runCli(['new', 'm4', '--number', '2'], root)).stdout).not.toContain('next number');
  });

  it('never overwrites: a folder that holds a file is refused and left as it was', async () => {
    const root = await courseFolder();
    await mkdir(path.join(root, 'm1'));
    await writeFile(path.join(root, 'm1', '02_explainer.md'), '# mine\n');
    const run = await runCli(['new', 'm1'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^coursepack new: `m1` already holds files \(02_explainer\.md\); coursepack new never overwrites/);
    expect(await readdir(path.join(root, 'm1'))).toEqual(['02_explainer.md']);
    expect(await readFile(path.join(root, 'm1', '02_explainer.md'), 'utf8')).toBe('# mine\n');
    expect(await readdir(root)).toEqual(['m1']);
  });

  it('fills an empty folder, and reports usage mistakes without a stack', async () => {
    const root = await courseFolder();
    await mkdir(path.join(root, 'empty'));
    expect((await runCli(['new', 'empty'], root)).code).toBe(0);
    expect(await readdir(path.join(root, 'empty'))).toHaveLength(6);
    // The folder the command runs in, when empty, is filled in place (it is never removed).
    await mkdir(path.join(root, 'here'));
    expect((await runCli(['new', '.', '--title', 'Here'], path.join(root, 'here'))).code).toBe(0);
    expect(await readdir(path.join(root, 'here'))).toHaveLength(6);
    expect(await readFile(path.join(root, 'here', '06_revision.md'), 'utf8')).toMatch(/^# Review — Here\n/);
    for (const [args, message] of [
      [['new'], 'give the folder of the new module'],
      [['new', 'a', 'b'], 'one module at a time'],
      [['new', 'x', '--number', '2.5'], '--number must be a whole number'],
      [['new', 'x', '--title', 'two\nlines'], '--title must be one line'],
      [['new', 'empty/01_weekly_plan.md'], 'is a file'],
    ] as const) {
      const run = await runCli([...args], root);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(message)]);
      expect(run.stderr).not.toContain('    at ');
    }
    expect((await readdir(root)).sort()).toEqual(['empty', 'here']);
  });

  it('gives the module folder the permissions mkdir gives (the umask), not those of a temporary folder', async () => {
    const root = await courseFolder();
    await mkdir(path.join(root, 'reference'));
    expect((await runCli(['new', 'm1'], root)).code).toBe(0);
    const mode = async (dir: string) => (await stat(path.join(root, dir))).mode & 0o777;
    expect((await mode('m1')).toString(8)).toBe((await mode('reference')).toString(8));
  });

  it('refuses a folder the course would never read: hidden, or node_modules or dist, at any level below the course', async () => {
    const root = await courseFolder();
    await writeFile(path.join(root, 'coursepack.config.json'), '{}');
    for (const [target, message] of [
      ['.drafts_mod', '`.drafts_mod` starts with a dot, and a course skips hidden folders, so the module would never be read; give `.drafts_mod` another name'],
      ['.drafts/m1', '`.drafts` starts with a dot, and a course skips hidden folders'],
      ['track/dist', 'a course skips folders named `dist`, so the module would never be read'],
      ['node_modules/m1', 'a course skips folders named `node_modules`'],
    ] as const) {
      const run = await runCli(['new', target], root);
      expect([run.code, run.stderr]).toEqual([2, expect.stringContaining(`coursepack new: ${message}`)]);
    }
    expect(await readdir(root)).toEqual(['coursepack.config.json']);
    // Hidden folders above the course are its own business, and `.` is no hidden name.
    const hidden = path.join(root, '.courses', 'c');
    await mkdir(path.join(hidden, 'here'), { recursive: true });
    await writeFile(path.join(hidden, 'coursepack.config.json'), '{}');
    expect((await runCli(['new', 'm1'], hidden)).code).toBe(0);
    expect((await runCli(['new', '.'], path.join(hidden, 'here'))).code).toBe(0);
  });

  it('reports a name too long for the file system as a usage error, and takes one just under the limit', async () => {
    const root = await courseFolder();
    const tooLong = await runCli(['new', 'x'.repeat(300)], root);
    expect([tooLong.code, tooLong.stderr]).toEqual([2, `coursepack new: could not create \`${'x'.repeat(300)}\`: the name is too long for the file system; give a shorter one; nothing was written\n`]);
    // The temporary folder's name does not grow with the module's.
    expect((await runCli(['new', 'y'.repeat(250)], root)).code).toBe(0);
    expect(await readdir(root)).toEqual(['y'.repeat(250)]);
  });
});
