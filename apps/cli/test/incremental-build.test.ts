import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { courseSkeleton, readConfig, readContentFolder } from '@coursepack/core';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModuleResult } from '../src/build/process-module.js';
import { codeIdentity, hashPackages } from '../src/build/code-identity.js';
import { selectShard } from '../src/build/select-shard.js';
import type { WorkerLimits } from '../src/build/worker-pool.js';
import { runWorkerPool } from '../src/build/worker-pool.js';

const repo = path.resolve(import.meta.dirname, '../../..');
const FORMATS = ['json', 'gift', 'qti30', 'cc'];
const REVIEW = '05_ai_specializations/00_realtime_voice_agents/06_revision.md';

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
    }
  }
  return files;
}

describe('incremental, parallel and sharded builds', () => {
  let work = '';
  let content = '';
  const options = { toolVersion: 'test' };
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'coursepack-incremental-'));
    content = path.join(work, 'content');
    await cp(path.join(repo, 'content'), content, { recursive: true });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('rebuilds every module when coursepack\'s code changed at the same version number', async () => {
    // The key held the version number alone: after a checkout or a local fix at 0.1.0, a build
    // handed back the outputs the old code had made.
    const cacheDir = path.join(work, 'cache-code');
    const out = path.join(work, 'code');
    const build = (code?: string) => runBuild({ root: content, outDir: out, formats: ['json'], options, cacheDir, ...(code === undefined ? {} : { code }) });
    expect((await build('old')).modules).toMatchObject({ built: 3, cached: 0 });
    expect((await build('old')).modules).toMatchObject({ built: 0, cached: 3 });
    expect((await build('new')).modules).toMatchObject({ built: 3, cached: 0 });
    // By default, the code is the hash of what this installation runs: a cache that another
    // code filled is not used, and one this code filled is.
    expect(await codeIdentity()).toMatch(/^[0-9a-f]{64}$/);
    expect((await build()).modules).toMatchObject({ built: 3, cached: 0 });
    expect((await build()).modules).toMatchObject({ built: 0, cached: 3 });
  });

  it('identifies code by what runs: compiled code and run-time files, not declarations or maps', async () => {
    const pkg = path.join(work, 'pkg');
    await writeContentFolder({ 'package.json': '{"name":"p"}', 'dist/index.js': 'export const a = 1;\n', 'dist/index.d.ts': 'x', 'dist/index.js.map': '{}', 'typst/main.typ': '#x' }).then((dir) => cp(dir, pkg, { recursive: true }));
    const first = await hashPackages([pkg]);
    await writeFile(path.join(pkg, 'dist/index.d.ts'), 'changed');
    await writeFile(path.join(pkg, 'dist/index.js.map'), '{"changed":1}');
    expect(await hashPackages([pkg])).toBe(first);
    await writeFile(path.join(pkg, 'typst/main.typ'), '#y');
    const second = await hashPackages([pkg]);
    expect(second).not.toBe(first);
    await writeFile(path.join(pkg, 'dist/index.js'), 'export const a = 2;\n');
    const third = await hashPackages([pkg]);
    expect(third).not.toBe(second);
    // Where the package is installed does not count: another machine's shard agrees.
    const other = path.join(work, 'zz-other');
    await writeContentFolder({ 'package.json': '{"name":"q"}', 'dist/index.js': 'export const b = 1;\n' }).then((dir) => cp(dir, other, { recursive: true }));
    // Installed elsewhere, in folders that sort the other way round.
    const [pkg2, other2] = [path.join(work, 'moved', 'z', 'pkg'), path.join(work, 'moved', 'a', 'q')];
    await cp(pkg, pkg2, { recursive: true });
    await cp(other, other2, { recursive: true });
    expect(await hashPackages([pkg2, other2])).toBe(await hashPackages([pkg, other]));
  });

  it('rebuilds only the module whose file changed, and gives the bytes of a full build', async () => {
    const cacheDir = path.join(work, 'cache');
    const first = await runBuild({ root: content, outDir: path.join(work, 'a'), formats: FORMATS, options, cacheDir });
    expect(first.modules).toMatchObject({ total: 3, built: 3, cached: 0 });

    const again = await runBuild({ root: content, outDir: path.join(work, 'a'), formats: FORMATS, options, cacheDir });
    expect(again.modules).toMatchObject({ built: 0, cached: 3 });

    const file = path.join(content, REVIEW);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Realtime Voice Agents', 'Realtime Voice Agents, revised'));
    const edited = await runBuild({ root: content, outDir: path.join(work, 'a'), formats: FORMATS, options, cacheDir });
    expect(edited.modules).toMatchObject({ built: 1, cached: 2 });
    expect(new TextDecoder().decode(await readFile(path.join(work, 'a/json/00_realtime_voice_agents.json')))).toContain('Realtime Voice Agents, revised');

    const full = await runBuild({ root: content, outDir: path.join(work, 'b'), formats: FORMATS, options, cacheDir: null });
    expect(await snapshot(path.join(work, 'a'))).toEqual(await snapshot(path.join(work, 'b')));
    expect(first.diagnostics).toEqual(again.diagnostics);
    expect(edited.diagnostics.length).toBe(full.diagnostics.length);
  });

  it("checks a cached module's reference into another module again when that module changes, and exports both", async () => {
    const explainer = (section: string) => `# 02. Explainer\n\n## 1. Basics\n\n### ${section} First\n\nText.\n`;
    const review = (title: string, question: string) => `# 06. Module 1 Review — ${title}\n\n## Embedded checkpoint\n\n### Conceptual\n\n${question}\n\n## Completion gate\n\n- [ ] Done.\n`;
    const root = await writeContentFolder({
      'a/02_explainer.md': explainer('1.1'),
      'a/06_revision.md': review('A', '1. Where? See `../b/02_explainer.md` §1.1.'),
      'b/02_explainer.md': explainer('1.1'),
      'b/06_revision.md': review('B', '1. Here? See §1.'),
    });
    try {
      const plan = { root, outDir: path.join(work, 'links-out'), formats: ['json'], options, cacheDir: path.join(work, 'cache-links') };
      const errors = (outcome: { diagnostics: { severity: string; code: string; place: { file: string }; module: string | null }[] }) =>
        outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.place.file} ${d.module}`);
      expect(errors(await runBuild(plan))).toEqual([]);
      // Module b renumbers the section module a points at; a itself is unchanged and cached.
      await writeFile(path.join(root, 'b/02_explainer.md'), explainer('1.2'));
      const renumbered = await runBuild(plan);
      expect(renumbered.modules).toMatchObject({ built: 1, cached: 1 });
      expect(errors(renumbered)).toEqual(['cross-reference-missing-section a/06_revision.md null']);
      expect(renumbered.skipped).toEqual([]);
      expect((await readdir(path.join(plan.outDir, 'json'))).sort()).toEqual(['a.json', 'b.json', 'course.json', 'course.schema.json']);
      await writeFile(path.join(root, 'b/02_explainer.md'), explainer('1.1'));
      const restored = await runBuild(plan);
      expect(restored.modules).toMatchObject({ built: 0, cached: 2 });
      expect(errors(restored)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('rebuilds a module when an image it shows changes, is removed or comes back, and checks it again', async () => {
    const root = await writeContentFolder({
      'a/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\n![The flow](img/flow.png)\n',
      'a/06_revision.md': '# 06. Module 1 Review — A\n\n## Completion gate\n\n- [ ] Done.\n',
      'a/img/flow.png': solidPng(4, 4),
    });
    try {
      const plan = { root, outDir: path.join(work, 'images-out'), formats: ['json'], options, cacheDir: path.join(work, 'cache-images') };
      const run = async () => {
        const outcome = await runBuild(plan);
        return { ...outcome.modules, codes: outcome.diagnostics.map((d) => d.code) };
      };
      expect(await run()).toMatchObject({ built: 1, codes: [] });
      expect(await run()).toMatchObject({ built: 0, cached: 1 });
      await writeFile(path.join(root, 'a/img/flow.png'), solidPng(6, 6));
      expect(await run()).toMatchObject({ built: 1, cached: 0 });
      await rm(path.join(root, 'a/img/flow.png'));
      expect(await run()).toMatchObject({ built: 1, codes: ['image-missing'] });
      expect(await run()).toMatchObject({ built: 0, cached: 1, codes: ['image-missing'] });
      await writeFile(path.join(root, 'a/img/flow.png'), solidPng(6, 6));
      expect(await run()).toMatchObject({ built: 1, codes: [] });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('rebuilds a module whose output was edited in place instead of linking the edited file again', async () => {
    const cacheDir = path.join(work, 'cache-edited');
    const out = path.join(work, 'edited-output');
    await runBuild({ root: content, outDir: out, formats: FORMATS, options, cacheDir });
    const built = await snapshot(out);
    // An in-place write (same inode) reaches the cached file the output is a link to.
    const output = path.join(out, 'json/01_question_types.json');
    await writeFile(output, '{"edited": true}');
    const rebuilt = await runBuild({ root: content, outDir: out, formats: FORMATS, options, cacheDir });
    expect(rebuilt.modules).toMatchObject({ built: 1, cached: 2 });
    expect(await snapshot(out)).toEqual(built);
    // The rebuilt entry is trusted again.
    const again = await runBuild({ root: content, outDir: out, formats: FORMATS, options, cacheDir });
    expect(again.modules).toMatchObject({ built: 0, cached: 3 });
    expect(await snapshot(out)).toEqual(built);
  });

  it('gives the same bytes from worker threads as from one thread', async () => {
    await runBuild({ root: content, outDir: path.join(work, 'one'), formats: FORMATS, options, jobs: 1 });
    await runBuild({ root: content, outDir: path.join(work, 'two'), formats: FORMATS, options, jobs: 2 });
    expect(await snapshot(path.join(work, 'two'))).toEqual(await snapshot(path.join(work, 'one')));
  });

  it('replaces a worker after its share of modules or once its memory passes the limit, with the same results', async () => {
    const source = await readContentFolder(content);
    const skeleton = courseSkeleton(source, readConfig(source.configText).config);
    const listing = { ...source, files: source.files.map((f) => ({ path: f.path, bytes: null, size: 0, issue: 'not-loaded' as const })) };
    const init = { type: 'init' as const, root: content, listing, skeleton, formats: ['json', 'gift'], options, keepModel: false };
    const tasks = skeleton.modules.map((m) => ({ moduleId: m.id, files: source.files.filter((f) => m.files.some((g) => g.path === f.path)) }));
    const run = async (limits: WorkerLimits) => {
      const results: ModuleResult[] = [];
      const workers = await runWorkerPool(init, tasks, 1, async (r) => void results.push(r), limits);
      return { workers, results };
    };
    const roomy = await run({ modules: 50, heapMB: 1_000_000 });
    const byCount = await run({ modules: 1, heapMB: 1_000_000 });
    const byMemory = await run({ modules: 50, heapMB: 1 });
    expect(tasks.length).toBe(3);
    expect([roomy.workers, byCount.workers, byMemory.workers]).toEqual([1, 3, 3]);
    expect(roomy.results.map((r) => r.moduleId)).toEqual(tasks.map((t) => t.moduleId));
    expect(byCount.results).toEqual(roomy.results);
    expect(byMemory.results).toEqual(roomy.results);

    // A lazy source is drawn only as a worker is ready for the next module, never drained ahead:
    // nine modules (the three, three times) through two workers.
    const nine = [...tasks, ...tasks, ...tasks];
    let taken = 0;
    const takenAtResult: number[] = [];
    async function* lazily() {
      for (const task of nine) {
        taken++;
        yield task;
      }
    }
    const lazyResults: ModuleResult[] = [];
    await runWorkerPool(init, lazily(), 2, async (r) => {
      takenAtResult.push(taken);
      lazyResults.push(r);
    });
    const byId = (results: ModuleResult[]) => [...results].sort((a, b) => a.moduleId.localeCompare(b.moduleId));
    expect(byId(lazyResults)).toEqual(byId([...roomy.results, ...roomy.results, ...roomy.results]));
    // When the k-th result (from 0) is handled, at most the two first modules and one more per
    // finished module were taken: a drained source would show all nine at the first result.
    expect(takenAtResult).toHaveLength(9);
    expect(takenAtResult.every((t, k) => t <= k + 1 + 2)).toBe(true);
  });

  it("fails with the worker's own error, rather than hanging, when a worker cannot start", async () => {
    const source = await readContentFolder(content);
    const skeleton = courseSkeleton(source, readConfig(source.configText).config);
    const init = { type: 'init' as const, root: content, listing: source, skeleton, formats: ['no-such-format'], options, keepModel: false };
    const tasks = skeleton.modules.map((m) => ({ moduleId: m.id, files: [] }));
    let handled = 0;
    await expect(runWorkerPool(init, tasks, 2, async () => void handled++)).rejects.toThrow(/unknown format `no-such-format`/);
    expect(handled).toBe(0);
  });

  it('partitions the modules between shards', async () => {
    const ids = Array.from({ length: 23 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const shards = [1, 2, 3, 4].map((index) => selectShard(ids, { index, count: 4 }));
    expect(shards.flat().sort()).toEqual(ids);
    expect(new Set(shards.flat()).size).toBe(ids.length);
    expect(Math.max(...shards.map((s) => s.length)) - Math.min(...shards.map((s) => s.length))).toBeLessThanOrEqual(1);

    const outs = await Promise.all([1, 2].map((index) => runBuild({ root: content, outDir: path.join(work, `shard${index}`), formats: ['json'], options, shard: { index, count: 2 } })));
    const names = await Promise.all([1, 2].map(async (i) => (await readdir(path.join(work, `shard${i}`, 'json'))).sort()));
    expect([...names[0]!, ...names[1]!].sort()).toEqual(['00_realtime_voice_agents.json', '01_question_types.json', '04_ml_platform_operations.json']);
    expect(outs.map((o) => o.modules.selected)).toEqual([2, 1]);
  });
});
