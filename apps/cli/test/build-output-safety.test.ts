import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FormatExporter } from '@coursepack/export-kit';
import { writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const encoder = new TextEncoder();
const review = (title: string, extra = '') => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Recall\n\n1. Pick one.\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n${extra}`;

/** Each module's `<id>.txt`, and a course file listing the modules, as an exporter with a course-level output writes them. */
const fake: FormatExporter = {
  name: 'fake',
  description: 'test exporter with a course file',
  exportModule: async (module) => ({ files: [{ path: `${module.id}.txt`, bytes: encoder.encode(module.title) }], diagnostics: [] }),
  // A course file, and one shared file per module, as the JSON export writes each image once for the course.
  exportCourse: async ({ course }) => ({
    files: [{ path: 'course.txt', bytes: encoder.encode(course.modules.map((m) => m.id).join('\n')) }, ...course.modules.map((m) => ({ path: `assets/${m.id}.bin`, bytes: encoder.encode(m.id) }))],
    diagnostics: [],
  }),
};

/** The id of a process that has ended. */
function endedProcess(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe('a build never loses earlier outputs', () => {
  let out = '';
  let content = '';
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'coursepack-out-'));
    content = await writeContentFolder({ 'm1/06_revision.md': review('One'), 'm2/06_revision.md': review('Two') });
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
    await rm(content, { recursive: true, force: true });
  });
  const plan = () => ({ root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => fake });

  it('removes nothing when the content folder holds no module (a wrong path, a submodule not checked out)', async () => {
    await runBuild(plan());
    const before = await listing(out);
    await rm(path.join(content, 'm1'), { recursive: true });
    await rm(path.join(content, 'm2'), { recursive: true });
    const outcome = await runBuild(plan());
    expect(outcome.diagnostics.map((d) => d.code)).toEqual(['course-no-modules']);
    expect(outcome.removed).toEqual([]);
    expect(await listing(out)).toEqual(before);
  });

  it("keeps the course files while a module is skipped, since they hold that module's last good output", async () => {
    await runBuild(plan());
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe('m1\nm2');
    // One module skipped: the course file is made of the others, and the skipped module's shared
    // file, which this build did not write, stays with its own.
    await writeFile(path.join(content, 'm2', '06_revision.md'), review('Two', '- not a checkbox\n'));
    const one = await runBuild(plan());
    expect([one.skipped.map((s) => s.module), one.removed]).toEqual([['m2'], []]);
    expect(await listing(path.join(out, 'fake'))).toEqual(['assets', 'assets/m1.bin', 'assets/m2.bin', 'course.txt', 'm1.txt', 'm2.txt']);
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe('m1');
    // Every module skipped: no course file is made, and the last good one stays.
    await writeFile(path.join(content, 'm1', '06_revision.md'), review('One', '- not a checkbox\n'));
    const all = await runBuild(plan());
    expect([all.skipped.map((s) => s.module).sort(), all.removed]).toEqual([['m1', 'm2'], []]);
    expect(await listing(path.join(out, 'fake'))).toEqual(['assets', 'assets/m1.bin', 'assets/m2.bin', 'course.txt', 'm1.txt', 'm2.txt']);
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe('m1');
    // Fixed, and a module deleted: the course file is rebuilt and the deleted module's files go.
    await writeFile(path.join(content, 'm1', '06_revision.md'), review('One'));
    await rm(path.join(content, 'm2'), { recursive: true });
    const fixed = await runBuild(plan());
    expect(fixed.removed).toEqual(['fake/assets/m2.bin', 'fake/m2.txt']);
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe('m1');
  });

  it('refuses a second build into the same output folder or cache while one runs, and takes over a lock its build left', async () => {
    // Two builds of this process at once: one builds, the other is refused before it writes anything.
    const both = await Promise.allSettled([runBuild(plan()), runBuild(plan())]);
    expect(both.map((b) => b.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((b) => b.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ name: 'UsageError', message: expect.stringMatching(/^another coursepack build \(process \d+\) is using the output folder /) });
    const cache = path.join(out, 'cache');
    const cached = { ...plan(), cacheDir: cache, code: 'test' };
    await mkdir(cache);
    await writeFile(path.join(cache, '.coursepack-lock'), `${process.ppid}\n`);
    await expect(runBuild(cached)).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining(`is using the cache ${cache}`) });
    // A lock whose process has ended (a build that was killed) is taken over, and released after.
    await writeFile(path.join(cache, '.coursepack-lock'), `${endedProcess()}\n`);
    await writeFile(path.join(out, '.coursepack-lock'), `${endedProcess()}\n`);
    expect((await runBuild(cached)).written).toEqual({ fake: 5 });
    expect([...(await readdir(out)), ...(await readdir(cache))].filter((n) => n === '.coursepack-lock')).toEqual([]);
  });

  it('never takes a lock still being written for one a killed build left, and takes one left empty', async () => {
    // Another build has created its lock and not yet written its id (it is running: our parent).
    const lock = path.join(out, '.coursepack-lock');
    await writeFile(lock, '');
    const written = new Promise((resolve) => setTimeout(() => void writeFile(lock, `${process.ppid}\n`).then(resolve), 30));
    await expect(runBuild(plan())).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining(`(process ${process.ppid})`) });
    await written;
    expect(await readFile(lock, 'utf8')).toBe(`${process.ppid}\n`);
    // One that stays empty was left by a build killed as it wrote it.
    await writeFile(lock, '');
    expect((await runBuild(plan())).written).toEqual({ fake: 5 });
    expect(await readdir(out)).not.toContain('.coursepack-lock');
  });

  it('clears the temporary files of a build killed part-way, and no file of anyone else', async () => {
    await runBuild(plan());
    const killed = endedProcess();
    const left = [`fake/m1.txt.tmp-${killed}-mf3k2a`, `fake/nested/course.txt.tmp-${killed}-mf3k2a`, `.coursepack-outputs.json.tmp-${killed}`];
    const theirs = ['fake/notes.tmp', 'fake/draft.tmp-old', 'other/m1.txt.tmp-12-ab'];
    for (const file of [...left, ...theirs]) {
      await mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await writeFile(path.join(out, file), 'left over');
    }
    await runBuild(plan());
    const now = await listing(out);
    expect(left.filter((f) => now.includes(f))).toEqual([]);
    expect(theirs.filter((f) => now.includes(f))).toEqual(theirs);

    // In a cache too: an entry and a remembered piece half written, but no cached file.
    const cache = path.join(out, 'cache');
    await runBuild({ ...plan(), cacheDir: cache, code: 'test' });
    const cached = (await listing(cache)).filter((f) => f.endsWith('record.json'));
    const leftInCache = [`ab/${'ab'.repeat(32)}.tmp-${killed}/record.json`, `memo/${'cd'.repeat(32)}.tmp-${killed}`];
    for (const file of leftInCache) {
      await mkdir(path.dirname(path.join(cache, file)), { recursive: true });
      await writeFile(path.join(cache, file), 'half');
    }
    const again = await runBuild({ ...plan(), cacheDir: cache, code: 'test' });
    expect(again.modules.cached).toBe(2);
    const inCache = await listing(cache);
    expect(inCache.filter((f) => f.includes(`.tmp-${killed}`))).toEqual([]);
    expect(cached.every((f) => inCache.includes(f))).toBe(true);
  });

  it('makes again what a damaged cache holds, never a file cut short', async () => {
    // A course file assembled from each module's part, through the cache's memo (as the booklet's volumes are).
    const assembling: FormatExporter = {
      name: 'fake',
      description: 'test exporter with parts and a memo',
      exportModule: async (module) => ({ files: [{ path: `${module.id}.txt`, bytes: encoder.encode(module.title) }], diagnostics: [] }),
      exportModuleParts: async (module) => [{ path: 'part.txt', bytes: encoder.encode(`part of ${module.id}`) }],
      assembleCourse: async (course, readParts, options) => {
        const parts = await Promise.all(course.modules.map(async (m) => new TextDecoder().decode((await readParts(m.id))[0]?.bytes)));
        const bytes = options.memo ? await options.memo(parts.join('|'), async () => encoder.encode(parts.join('\n'))) : encoder.encode(parts.join('\n'));
        return { files: [{ path: 'course.txt', bytes }], diagnostics: [] };
      },
    };
    const cache = path.join(out, '..', `${path.basename(out)}-cache`);
    const cached = { root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => assembling, cacheDir: cache, code: 'test' };
    try {
      await runBuild(cached);
      const course = path.join(out, 'fake', 'course.txt');
      const whole = await readFile(course, 'utf8');
      expect(whole).toBe('part of m1\npart of m2');
      const files = await listing(cache);
      // A remembered piece cut to nothing, and a module's part file gone.
      const memo = files.find((f) => f.startsWith('memo/') && !f.endsWith('memo'));
      const part = files.find((f) => f.endsWith(path.join('parts', 'fake', 'part.txt')));
      expect([memo, part].every(Boolean)).toBe(true);
      await writeFile(path.join(cache, memo as string), '');
      const fromMemo = await runBuild(cached);
      expect([fromMemo.modules.cached, await readFile(course, 'utf8')]).toEqual([2, whole]);
      await rm(path.join(cache, part as string));
      const again = await runBuild(cached);
      expect(again.modules.built).toBe(1);
      expect(await readFile(course, 'utf8')).toBe(whole);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  });
});
