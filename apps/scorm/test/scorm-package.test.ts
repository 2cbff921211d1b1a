import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseBuild } from '@coursepack/core';
import { exportableModules, loadCourse } from '@coursepack/core';
import type { ExportResult } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { courseFromFiles, findSchemas, validateXml } from '@coursepack/test-kit';
import * as scorm from '../src/index.js';
import { exportScormModule, scorm12Exporter, scorm2004Exporter } from '../src/index.js';
import { fixtureFiles } from './fixture-course.js';

const schemas = findSchemas();
const options = { toolVersion: '0.0.0-test' };
let build: CourseBuild;
let work: string;

async function unzip(result: ExportResult): Promise<{ entries: string[]; manifest: string }> {
  const file = result.files[0];
  if (!file) throw new Error('no file exported');
  const zip = await JSZip.loadAsync(file.bytes);
  const entries = Object.keys(zip.files).sort();
  return { entries, manifest: (await zip.file('imsmanifest.xml')?.async('string')) ?? '' };
}

/** Links from the player page into the package's pages whose anchor is missing there. */
async function brokenReferenceLinks(result: ExportResult): Promise<{ checked: number; broken: string[] }> {
  const zip = await JSZip.loadAsync(result.files[0]?.bytes ?? new Uint8Array());
  const page = (await zip.file('index.html')?.async('string')) ?? '';
  const broken: string[] = [];
  let checked = 0;
  for (const [, file, anchor] of page.matchAll(/href="([a-z-]+\.html)(?:#([^"]+))?"/g)) {
    const target = await zip.file(file ?? '')?.async('string');
    if (target === undefined || (anchor && !target.includes(`id="${anchor}"`))) broken.push(`${file}#${anchor}`);
    checked++;
  }
  return { checked, broken };
}

async function expectValid(result: ExportResult, kind: string): Promise<void> {
  if (!schemas) return;
  const file = result.files[0];
  if (!file) throw new Error('no file exported');
  const target = path.join(work, `${kind}-${file.path}`);
  await writeFile(target, file.bytes);
  const check = validateXml(schemas, target, kind);
  expect(check.output).toMatch(/VALID/);
  expect(check.ok, check.output).toBe(true);
}

function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1] ?? '').sort();
}

describe('SCORM packages', () => {
  beforeAll(async () => {
    build = await courseFromFiles(fixtureFiles);
    work = await mkdtemp(path.join(tmpdir(), 'coursepack-scorm-'));
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it('exports exactly the public API', () => {
    expect(Object.keys(scorm).sort()).toEqual(['SHARED_ASSETS_ID', 'assembleScormCourse', 'exportScormCourse', 'exportScormModule', 'safeFileName', 'scorm12Exporter', 'scorm12Manifest', 'scorm2004Exporter', 'scorm2004Manifest', 'scormCourseParts', 'scormManifest']);
    expect([scorm12Exporter.name, scorm2004Exporter.name]).toEqual(['scorm12', 'scorm2004']);
  });

  for (const [exporter, kind] of [[scorm12Exporter, 'scorm12'], [scorm2004Exporter, 'scorm2004']] as const) {
    it(`${kind}: one valid zip per module, every file listed, safe names, identical bytes twice`, async () => {
      const module = build.course.modules[0];
      if (!module || !exporter.exportModule) throw new Error('fixture');
      const result = await exporter.exportModule(module, build, options);
      expect(result.files.map((f) => f.path)).toEqual(['m1_basics.zip']);
      expect(result.diagnostics).toEqual([]);
      const { entries, manifest } = await unzip(result);
      expect(entries.every((e) => /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(e))).toBe(true);
      expect(listedFiles(manifest)).toEqual(entries.filter((e) => e !== 'imsmanifest.xml'));
      expect(manifest).not.toMatch(/masteryscore|minNormalizedMeasure/);
      expect(manifest).toContain('<title>Module 1 Review — Basics &amp; "Quotes"</title>');
      await expect(entries.join('\n') + '\n').toMatchFileSnapshot(`__snapshots__/${kind}-entries.txt`);
      await expect(manifest).toMatchFileSnapshot(`__snapshots__/${kind}-imsmanifest.xml`);
      await expectValid(result, kind);
      expect(await brokenReferenceLinks(result)).toEqual({ checked: 4, broken: [] });
      expect((await unzip(result)).entries).toContain('study-material.html');
      const again = await exporter.exportModule(module, build, options);
      expect(Buffer.from(again.files[0]?.bytes ?? []).equals(Buffer.from(result.files[0]?.bytes ?? []))).toBe(true);
      expect(result.files[0]?.bytes.length).toBeLessThan(200 * 1024);
    });

    it(`${kind}: course.zip only with --scorm-course, one SCO per module, valid`, async () => {
      const two = await courseFromFiles({ ...fixtureFiles, ...Object.fromEntries(Object.entries(fixtureFiles).map(([p, text]) => [p.replace('m1_basics', 'm2 more'), text])) });
      expect(await exporter.exportCourse?.(two, options)).toEqual({ files: [], diagnostics: [] });
      const result = await exporter.exportCourse?.(two, { ...options, scormCourse: true });
      if (!result) throw new Error('no course export');
      expect(result.files.map((f) => f.path)).toEqual(['course.zip']);
      const { entries, manifest } = await unzip(result);
      expect(entries.filter((e) => e.endsWith('/index.html'))).toEqual(['m1_basics/index.html', `${scorm.safeFileName('m2 more')}/index.html`]);
      expect(scorm.safeFileName('m2 more')).toMatch(/^m2_more-[a-z0-9]+$/);
      // Built from cached per-module parts, the course package is the same bytes.
      const parts = new Map<string, Awaited<ReturnType<NonNullable<typeof exporter.exportModuleParts>>>>();
      for (const m of two.course.modules) parts.set(m.id, (await exporter.exportModuleParts?.(m, two, { ...options, scormCourse: true })) ?? []);
      const assembled = await collectFiles((await exporter.assembleCourse?.(two.course, async (id) => parts.get(id) ?? [], { ...options, scormCourse: true })) ?? { files: [], diagnostics: [] });
      expect(Buffer.from(assembled.files[0]?.bytes ?? []).equals(Buffer.from(result.files[0]?.bytes ?? []))).toBe(true);
      expect(await exporter.exportModuleParts?.(two.course.modules[0]!, two, options)).toEqual([]);
      expect(listedFiles(manifest)).toEqual(entries.filter((e) => e !== 'imsmanifest.xml'));
      expect(manifest.match(/<item /g)?.length).toBe(2);
      await expectValid(result, kind);
    });

    it(`${kind}: a configured passing score becomes the mastery score and still validates`, async () => {
      const passing = await courseFromFiles({ ...fixtureFiles, 'coursepack.config.json': '{ "passingScore": 0.75 }' });
      const module = passing.course.modules[0];
      if (!module || !exporter.exportModule) throw new Error('fixture');
      const result = await exporter.exportModule(module, passing, options);
      const { manifest } = await unzip(result);
      // 19 points in all: the 1.2 mastery score is in raw points, the 2004 measure a fraction.
      expect(manifest).toContain(kind === 'scorm12' ? '<adlcp:masteryscore>14.25</adlcp:masteryscore>' : '<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>');
      await expectValid(result, kind);
    });
  }

  it('warns, naming the module, when the largest state cannot fit SCORM 1.2 suspend_data', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `${i + 1}. Name thing ${i + 1}.\n\n${' '.repeat(String(i + 1).length + 2)}Answer: x${i}\n`).join('\n');
    const big = await courseFromFiles({ 'big_module/06_revision.md': `# Big\n\n## Embedded checkpoint\n\n### Applied\n\n${many}` });
    const module = big.course.modules[0];
    if (!module) throw new Error('fixture');
    const r12 = await exportScormModule(module, big, { version: '1.2' });
    expect(r12.diagnostics.map((d) => [d.code, d.severity, d.module])).toEqual([['scorm-suspend-data-too-large', 'warning', 'big_module']]);
    expect(r12.diagnostics[0]?.message).toMatch(/^Module big_module can save up to \d+ characters .* 4096 .*SCORM 1\.2/);
    expect((await exportScormModule(module, big, { version: '2004' })).diagnostics).toEqual([]);
  });

  it('exports and validates every exportable module of the bundled content', async () => {
    const content = await loadCourse(path.resolve(import.meta.dirname, '../../../content'));
    const modules = exportableModules(content);
    expect(modules.length).toBeGreaterThan(0);
    for (const module of modules) {
      for (const version of ['1.2', '2004'] as const) {
        const result = await exportScormModule(module, content, { version });
        const { entries, manifest } = await unzip(result);
        expect(listedFiles(manifest)).toEqual(entries.filter((e) => e !== 'imsmanifest.xml'));
        await expectValid(result, version === '1.2' ? 'scorm12' : 'scorm2004');
        expect((await brokenReferenceLinks(result)).broken, module.id).toEqual([]);
      }
    }
  });
});
