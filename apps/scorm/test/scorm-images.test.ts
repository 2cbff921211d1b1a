import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseBuild, ExampleFiles } from '@coursepack/core';
import type { ExportInput, ExportResult, OutputFile } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { assetsOf, courseFromFiles, findSchemas, IMAGE_FILES, validateXml } from '@coursepack/test-kit';
import { scorm12Exporter, scorm2004Exporter } from '../src/index.js';

const schemas = findSchemas();
const options = { toolVersion: '0.0.0-test' };
const MISSING = 'assets/pics/img/missing.png';
let work: string;
let one: ExportInput;
let two: ExportInput;

/** IMAGE_FILES plus a copy of its module as `pics2/`: its own images, and the shared folder's image again. */
function twoModules(): ExampleFiles {
  const copy = Object.entries(IMAGE_FILES).filter(([p]) => p.startsWith('pics/')).map(([p, content]) => [p.replace(/^pics\//, 'pics2/'), content]);
  // A fixed title: without one it is the name of the temporary content folder.
  return { ...IMAGE_FILES, ...Object.fromEntries(copy), 'coursepack.config.json': '{ "title": "Pictures" }' };
}

async function withAssets(files: ExampleFiles): Promise<ExportInput> {
  const build: CourseBuild = await courseFromFiles(files);
  return { course: build.course, documents: build.documents, assets: assetsOf(files) };
}

async function entries(result: ExportResult): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(result.files[0]?.bytes ?? new Uint8Array());
  const out = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) out.set(entry.name, await entry.async('uint8array'));
  return out;
}

const text = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** Every `<file href>` of the manifest, decoded back to a path of the package. */
function listedFiles(manifest: string): string[] {
  return [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => decodeURIComponent(m[1] ?? '')).sort();
}

/** Where each `<img>` of each page points inside the package (remote ones apart), as `page → path`. */
function imageTargets(files: Map<string, Uint8Array>): { local: string[]; remote: string[] } {
  const local: string[] = [];
  const remote: string[] = [];
  for (const [name, bytes] of files) {
    if (!name.endsWith('.html')) continue;
    for (const [, src = ''] of text(bytes).matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/g)) {
      const url = new URL(src, `http://package.test/${name}`);
      if (url.host !== 'package.test') remote.push(src);
      else local.push(decodeURIComponent(url.pathname.slice(1)));
    }
  }
  return { local: [...new Set(local)].sort(), remote };
}

async function expectValid(result: ExportResult, kind: string): Promise<void> {
  if (!schemas) return;
  const target = path.join(work, `${kind}-${result.files[0]?.path ?? 'none'}`);
  await writeFile(target, result.files[0]?.bytes ?? new Uint8Array());
  const check = validateXml(schemas, target, kind);
  expect(check.output).toMatch(/VALID/);
  expect(check.ok, check.output).toBe(true);
}

function expectImageBytes(files: Map<string, Uint8Array>, packaged: string[]): void {
  const source = assetsOf(IMAGE_FILES);
  for (const file of packaged) {
    const contentPath = file.replace(/^assets\/|^[^/]+\/assets\//, '').replace(/^pics2\//, 'pics/');
    expect(Buffer.from(files.get(file) ?? []).equals(Buffer.from(source.get(contentPath) ?? [1])), file).toBe(true);
  }
}

describe('SCORM packages carry the images modules show', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'coursepack-scorm-images-'));
    one = await withAssets(IMAGE_FILES);
    two = await withAssets(twoModules());
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  for (const [exporter, kind] of [[scorm12Exporter, 'scorm12'], [scorm2004Exporter, 'scorm2004']] as const) {
    it(`${kind}: a module package holds each image with bytes under assets/, listed, shown, the same twice`, async () => {
      const module = one.course.modules[0];
      if (!module || !exporter.exportModule) throw new Error('fixture');
      const result = await exporter.exportModule(module, one, options);
      expect(result.diagnostics).toEqual([]);
      const files = await entries(result);
      const images = [...files.keys()].filter((f) => f.startsWith('assets/')).sort();
      expect(images).toEqual(['assets/pics/img/curves.png', 'assets/pics/img/flow.png', 'assets/shared/stage one.png']);
      expectImageBytes(files, images);
      expect(files.has(MISSING)).toBe(false);
      expect([...files.keys()].filter((f) => f.includes('remote'))).toEqual([]);

      const manifest = text(files.get('imsmanifest.xml'));
      expect(listedFiles(manifest)).toEqual([...files.keys()].filter((f) => f !== 'imsmanifest.xml').sort());
      // A space is not allowed in a URI: the href is the percent-encoded path, as the pages have it.
      expect(manifest).toContain('<file href="assets/shared/stage%20one.png"/>');
      await expect(manifest).toMatchFileSnapshot(`__snapshots__/${kind}-images-imsmanifest.xml`);
      await expectValid(result, kind);

      // Every image a page shows from the package is there, but the one whose file is missing.
      const targets = imageTargets(files);
      expect(targets.local.filter((t) => !files.has(t))).toEqual([MISSING]);
      expect(targets.local.filter((t) => files.has(t))).toEqual(images);
      expect(targets.remote).toEqual(['https://example.org/remote.png']);

      const again = await exporter.exportModule(module, one, options);
      expect(Buffer.from(again.files[0]?.bytes ?? []).equals(Buffer.from(result.files[0]?.bytes ?? []))).toBe(true);
    });

    it(`${kind}: a course package stores an image two modules show once, in a shared asset resource`, async () => {
      const result = await exporter.exportCourse?.(two, { ...options, scormCourse: true });
      if (!result) throw new Error('no course export');
      const files = await entries(result);
      const images = [...files.keys()].filter((f) => /(^|\/)assets\//.test(f)).sort();
      expect(images).toEqual(['assets/pics/img/curves.png', 'assets/pics/img/flow.png', 'assets/pics2/img/curves.png', 'assets/pics2/img/flow.png', 'assets/shared/stage one.png']);
      expectImageBytes(files, images);

      const targets = imageTargets(files);
      expect(targets.local.filter((t) => !files.has(t))).toEqual([MISSING, 'assets/pics2/img/missing.png']);
      expect(targets.local.filter((t) => files.has(t))).toEqual(images);
      expect(text(files.get('pics2/index.html'))).toContain('src="../assets/shared/stage%20one.png"');

      const manifest = text(files.get('imsmanifest.xml'));
      expect(listedFiles(manifest)).toEqual([...files.keys()].filter((f) => f !== 'imsmanifest.xml').sort());
      const resource = (id: string): string => new RegExp(`<resource identifier="${id}"[^]*?</resource>`).exec(manifest)?.[0] ?? '';
      expect(listedFiles(resource('shared-images'))).toEqual(['assets/shared/stage one.png']);
      for (const module of ['pics', 'pics2']) {
        expect(listedFiles(resource(`SCO-${module}`)).filter((f) => f.startsWith('assets/'))).toEqual([`assets/${module}/img/curves.png`, `assets/${module}/img/flow.png`]);
        expect(resource(`SCO-${module}`)).toContain('<dependency identifierref="shared-images"/>');
      }
      await expect(manifest).toMatchFileSnapshot(`__snapshots__/${kind}-course-images-imsmanifest.xml`);
      await expectValid(result, kind);

      // The same bytes again, and when assembled from each module's cached parts.
      const again = await exporter.exportCourse?.(two, { ...options, scormCourse: true });
      expect(Buffer.from(again?.files[0]?.bytes ?? []).equals(Buffer.from(result.files[0]?.bytes ?? []))).toBe(true);
      const parts = new Map<string, OutputFile[]>();
      for (const m of two.course.modules) parts.set(m.id, (await exporter.exportModuleParts?.(m, two, { ...options, scormCourse: true })) ?? []);
      const reads: string[] = [];
      const assembled = await collectFiles((await exporter.assembleCourse?.(two.course, async (id, only) => {
        reads.push(`${id}:${only ?? '*'}`);
        return (parts.get(id) ?? []).filter((f) => only === undefined || f.path === only);
      }, { ...options, scormCourse: true })) ?? { files: [], diagnostics: [] });
      expect(Buffer.from(assembled.files[0]?.bytes ?? []).equals(Buffer.from(result.files[0]?.bytes ?? []))).toBe(true);
      // The shared image is read from the first module that shows it only.
      expect(reads.filter((r) => r.includes('stage one'))).toEqual(['pics:assets/shared/stage one.png.zip']);
    });
  }
});
