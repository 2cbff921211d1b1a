import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_FILES, solidPng, writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { runValidate } from '../src/build/run-validate.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The image course, plus a second module that shows the shared image too.
const FILES = {
  ...IMAGE_FILES,
  'more/02_explainer.md': '# 02. Explainer\n\n## 1. Again\n\n![The same stage](../shared/stage%20one.png) ![Its own](own.png)\n',
  'more/06_revision.md': '# 06. Module 2 Review — More\n\n## Completion gate\n\n- [ ] Done.\n',
  'more/own.png': solidPng(8, 8),
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

describe('JSON export of a course that shows images', () => {
  let root = '';
  let out = '';
  beforeAll(async () => {
    root = await writeContentFolder(FILES);
    out = `${root}-out`;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  });

  it('writes each image once beside the documents, where their HTML points, with its bytes', async () => {
    const outcome = await runBuild({ root, outDir: out, formats: ['json'], options: { toolVersion: 'test' }, cacheDir: null });
    expect(outcome.skipped).toEqual([]);
    const json = path.join(out, 'json');
    expect(await filesUnder(json)).toEqual(['assets/more/own.png', 'assets/pics/img/curves.png', 'assets/pics/img/flow.png', 'assets/shared/stage one.png', 'course.json', 'course.schema.json', 'more.json', 'pics.json']);
    for (const [file, bytes] of Object.entries(FILES)) {
      if (file.endsWith('.md')) continue;
      expect(new Uint8Array(await readFile(path.join(json, 'assets', file)))).toEqual(bytes);
    }
    // Every src in the model's HTML (prompts, feedback, gate), read as a URL relative to the document, names a file written beside it.
    const course = await readFile(path.join(json, 'course.json'), 'utf8');
    const sources = [...course.matchAll(/<img src=\\"([^"\\]+)\\"/g)].map((m) => m[1] as string);
    expect(new Set(sources)).toEqual(new Set(['assets/pics/img/curves.png', 'assets/shared/stage%20one.png', 'assets/pics/img/flow.png']));
    const written = new Set(await filesUnder(json));
    for (const src of sources) expect(written.has(decodeURIComponent(new URL(src, 'file:///json/').pathname.slice('/json/'.length))), src).toBe(true);
  });

  it('gives the same bytes from the cache and from a fresh build, and a shard writes no image', async () => {
    const cacheDir = `${out}-cache`;
    try {
      await runBuild({ root, outDir: `${out}-a`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir });
      const cached = await runBuild({ root, outDir: `${out}-a`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir });
      expect(cached.modules).toMatchObject({ cached: 2, built: 0 });
      await runBuild({ root, outDir: `${out}-b`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir: null });
      const a = await filesUnder(path.join(`${out}-a`, 'json'));
      expect(a).toEqual(await filesUnder(path.join(`${out}-b`, 'json')));
      for (const f of a) expect(await readFile(path.join(`${out}-a`, 'json', f))).toEqual(await readFile(path.join(`${out}-b`, 'json', f)));

      await runBuild({ root, outDir: `${out}-shard`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir, shard: { index: 1, count: 1 } });
      expect((await filesUnder(path.join(`${out}-shard`, 'json'))).filter((f) => f.startsWith('assets/'))).toEqual([]);
    } finally {
      for (const d of [cacheDir, `${out}-a`, `${out}-b`, `${out}-shard`]) await rm(d, { recursive: true, force: true });
    }
  });

  it('leaves out a module whose image is over the size limit, in build and validate alike, until it is made smaller', async () => {
    // A PNG of 4 KiB (its pixels, then padding), against a limit the course's other images are under.
    const big = new Uint8Array(4096);
    big.set(solidPng(8, 8));
    const limit = 1024;
    const large = await writeContentFolder({ ...FILES, 'more/own.png': big, 'coursepack.config.json': JSON.stringify({ maxImageSize: limit }) });
    const cacheDir = `${large}-cache`;
    try {
      const plan = { root: large, outDir: `${large}-out`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir };
      const outcome = await runBuild(plan);
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['more image-too-large']);
      expect(outcome.skipped[0]?.reason.message).toBe(`\`own.png\` is ${big.byteLength} bytes, over the limit of ${limit} (\`maxImageSize\`), so it is not packaged`);
      expect((await filesUnder(path.join(plan.outDir, 'json'))).filter((f) => f.includes('own'))).toEqual([]);
      const validated = await runValidate(large, { toolVersion: 'test' });
      expect(validated.filter((d) => d.code === 'image-too-large').map((d) => `${d.place.file}:${d.place.line}:${d.place.column}`)).toEqual(['more/02_explainer.md:5:46']);
      // Still too large: the cached result is reused, with its diagnostic.
      expect((await runBuild(plan)).modules).toMatchObject({ built: 0 });
      // Made smaller: the module is built again and its image packaged.
      await writeFile(path.join(large, 'more/own.png'), solidPng(8, 8));
      const fixed = await runBuild(plan);
      expect(fixed.modules).toMatchObject({ built: 1 });
      expect(fixed.skipped).toEqual([]);
      expect(await filesUnder(path.join(plan.outDir, 'json'))).toContain('assets/more/own.png');
    } finally {
      for (const d of [large, `${large}-out`, cacheDir]) await rm(d, { recursive: true, force: true });
    }
  });

  it('leaves out a module whose SVG could run in the LMS, in build and validate alike, and exports the rest', async () => {
    const unsafe = await writeContentFolder({
      ...FILES,
      'more/own.png': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>',
    });
    try {
      const outcome = await runBuild({ root: unsafe, outDir: `${unsafe}-out`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir: null });
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['more image-unsupported']);
      expect(outcome.skipped[0]?.reason.message).toBe('`own.png` cannot be packaged: the SVG holds an event handler attribute (on…=)');
      expect(await filesUnder(path.join(`${unsafe}-out`, 'json'))).toEqual(['assets/pics/img/curves.png', 'assets/pics/img/flow.png', 'assets/shared/stage one.png', 'course.json', 'course.schema.json', 'pics.json']);
      const validated = await runValidate(unsafe, { toolVersion: 'test' });
      expect(validated.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.place.file}:${d.place.line}`)).toEqual(['image-unsupported more/02_explainer.md:5', 'image-missing pics/02_explainer.md:11']);
    } finally {
      await rm(unsafe, { recursive: true, force: true });
      await rm(`${unsafe}-out`, { recursive: true, force: true });
    }
  });
});
