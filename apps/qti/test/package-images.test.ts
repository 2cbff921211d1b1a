import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Question } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import { assetsOf, courseFromFiles, findSchemas, IMAGE_FILES, validateXml } from '@coursepack/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { qti21Exporter, qti30Exporter, qtiModuleFiles } from '../src/index.js';

const schemas = findSchemas();
const build = await courseFromFiles(IMAGE_FILES);
const module = build.course.modules[0];
if (!module) throw new Error('IMAGE_FILES builds no module');
const assets = assetsOf(IMAGE_FILES);
const input = { course: build.course, documents: build.documents, assets };
const options = { toolVersion: '0.0.0-test' };
const questions: Question[] = [...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions);
const workDir = await mkdtemp(path.join(tmpdir(), 'coursepack-qti-images-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));

const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

interface ManifestResource {
  identifier: string;
  type: string;
  href: string;
  files: string[];
  dependencies: string[];
}

// The manifest is our own output with one attribute layout, so a pattern reads it exactly.
function resourcesOf(manifest: string): ManifestResource[] {
  return [...manifest.matchAll(/<resource ([^>]*)>([\s\S]*?)<\/resource>/g)].map((m) => {
    const attrs = Object.fromEntries([...(m[1] ?? '').matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], unescape(a[2] ?? '')]));
    const body = m[2] ?? '';
    return {
      identifier: attrs['identifier'] ?? '',
      type: attrs['type'] ?? '',
      href: attrs['href'] ?? '',
      files: [...body.matchAll(/<file href="([^"]*)"/g)].map((f) => unescape(f[1] ?? '')),
      dependencies: [...body.matchAll(/<dependency identifierref="([^"]*)"/g)].map((f) => f[1] ?? ''),
    };
  });
}

const imageSources = (xml: string): string[] => [...xml.matchAll(/<img [^>]*?src="([^"]*)"/g)].map((m) => unescape(m[1] ?? ''));

// The package path a URL reference points at, read from `fromFile` as a browser would; null when it leaves the package.
function resolveInPackage(fromFile: string, ref: string): string | null {
  const base = new URL(`http://package.invalid/${fromFile}`);
  const url = new URL(ref, base);
  if (url.origin !== base.origin) return null;
  return decodeURIComponent(url.pathname.slice(1));
}

// What the model says each question shows: the module's assets that have bytes, by the HTML's src.
function expectedImages(q: Question): string[] {
  const html = [q.prompt, ...q.choices.flatMap((c) => [c.text, c.feedback]), q.feedback.general, q.feedback.correct, q.feedback.incorrect, q.modelAnswer]
    .map((t) => t?.html ?? '')
    .join('');
  return module?.assets.filter((a) => assets.has(a.path) && html.includes(`src="${a.href}"`)).map((a) => assetFile(a)) ?? [];
}

// Every image some question shows, as package paths in the module's order: what the package must hold (its pages are not in it).
function shownByItems(): string[] {
  if (!module) return [];
  const shown = new Set([...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions.flatMap(expectedImages)));
  return module.assets.map((a) => assetFile(a)).filter((f) => shown.has(f));
}

describe.each([
  ['2.1', qti21Exporter, 'qti21-cp-profile'],
  ['3.0', qti30Exporter, 'qti30-cp'],
] as const)('QTI %s package of a module that shows images', (version, exporter, manifestKind) => {
  const exported = exporter.exportModule?.(module, input, options);
  const open = async (): Promise<{ zip: JSZip; manifest: string; resources: ManifestResource[] }> => {
    const zip = await JSZip.loadAsync((await exported)?.files[0]?.bytes ?? new Uint8Array());
    const manifest = (await zip.file('imsmanifest.xml')?.async('string')) ?? '';
    return { zip, manifest, resources: resourcesOf(manifest) };
  };

  it('holds every image an item shows that has bytes at assets/<path>, with its exact bytes, and nothing else', async () => {
    const { zip } = await open();
    expect(module.assets.length).toBeGreaterThan(0);
    for (const asset of module.assets) {
      const bytes = assets.get(asset.path);
      const entry = zip.file(assetFile(asset));
      if (bytes === undefined || !shownByItems().includes(assetFile(asset))) expect(entry, asset.path).toBeNull();
      else expect(Buffer.from((await entry?.async('uint8array')) ?? []).equals(Buffer.from(bytes)), asset.path).toBe(true);
    }
    expect(zip.file('assets/pics/img/missing.png')).toBeNull();
    expect(zip.file('assets/shared/stage one.png')).not.toBeNull();
    const names = Object.keys(zip.files);
    expect(names.filter((n) => n.includes('remote') || n.includes('example.org'))).toEqual([]);
    // The explainer's and the completion gate's image is in no item, so not in the package.
    expect(zip.file('assets/pics/img/flow.png')).toBeNull();
    expect(names.filter((n) => n.startsWith('assets/') && !zip.files[n]?.dir).sort()).toEqual(shownByItems().sort());
  });

  it('declares each asset once as a webcontent resource, and every file of the package in some resource', async () => {
    const { zip, resources } = await open();
    const web = resources.filter((r) => r.type === 'webcontent');
    expect(web.map((r) => r.files.map((f) => resolveInPackage('imsmanifest.xml', f)))).toEqual(shownByItems().map((f) => [f]));
    expect(web.every((r) => r.files[0] === r.href)).toBe(true);
    const declared = new Set(resources.flatMap((r) => r.files.map((f) => resolveInPackage('imsmanifest.xml', f))));
    const entries = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir && n !== 'imsmanifest.xml');
    expect(entries.filter((n) => !declared.has(n))).toEqual([]);
    expect([...declared].filter((n) => n === null || !entries.includes(n))).toEqual([]);
  });

  it('lists, for each item, the images it shows as files and depends on their resources', async () => {
    const { resources } = await open();
    const byId = new Map(resources.map((r) => [r.identifier, r]));
    const withImages = questions.filter((q) => expectedImages(q).length > 0);
    expect(withImages.map((q) => q.kind).sort()).toEqual(['short', 'single']);
    for (const q of questions) {
      const item = resources.find((r) => r.href === `items/${q.uid}.xml`);
      expect(item?.type, q.uid).toMatch(/^imsqti_item_xmlv/);
      const images = (item?.files ?? []).slice(1).map((f) => resolveInPackage('imsmanifest.xml', f));
      expect(images.sort(), q.uid).toEqual(expectedImages(q).sort());
      const viaDependencies = (item?.dependencies ?? []).map((id) => byId.get(id)).map((r) => (r ? resolveInPackage('imsmanifest.xml', r.href) : null));
      expect(viaDependencies.sort(), q.uid).toEqual(expectedImages(q).sort());
    }
  });

  it('points each img of an item, relative to the item file, at a packaged file that the item resource lists', async () => {
    const { zip, resources } = await open();
    let shown = 0;
    for (const item of resources.filter((r) => r.type.startsWith('imsqti_item_'))) {
      const xml = (await zip.file(item.href)?.async('string')) ?? '';
      const listed = item.files.map((f) => resolveInPackage('imsmanifest.xml', f));
      for (const src of imageSources(xml)) {
        shown++;
        expect(src, item.href).not.toMatch(/^https?:/);
        const target = resolveInPackage(item.href, src);
        expect(target && zip.file(target), `${item.href}: ${src}`).toBeTruthy();
        expect(listed, `${item.href}: ${src}`).toContain(target);
      }
    }
    // curves.png in the prompt and in a choice's feedback, stage one.png in the short answer's prompt.
    expect(shown).toBe(3);
  });

  it('is the same bytes on every build', async () => {
    const again = await exporter.exportModule?.(module, input, options);
    expect(Buffer.from(again?.files[0]?.bytes ?? []).equals(Buffer.from((await exported)?.files[0]?.bytes ?? []))).toBe(true);
  });

  it('leaves an image whose file is missing out of an item, keeping its alt text', async () => {
    const missingOnly = new Map([...assets].filter(([p]) => p !== 'pics/img/curves.png'));
    const result = await exporter.exportModule?.(module, { ...input, assets: missingOnly }, options);
    const zip = await JSZip.loadAsync(result?.files[0]?.bytes ?? new Uint8Array());
    const xml = (await zip.file('items/pics.recall-1.xml')?.async('string')) ?? '';
    expect(imageSources(xml)).toEqual([]);
    expect(xml).toContain('Two curves');
    expect(zip.file('assets/pics/img/curves.png')).toBeNull();
    const item = resourcesOf((await zip.file('imsmanifest.xml')?.async('string')) ?? '').find((r) => r.href === 'items/pics.recall-1.xml');
    expect(item?.files).toEqual(['items/pics.recall-1.xml']);
    expect(item?.dependencies).toEqual([]);
  });

  it('snapshots the manifest and the items that show images', async () => {
    const files = qtiModuleFiles(module, { version, toolVersion: '0.0.0-test', assets });
    const text = (p: string): string => new TextDecoder().decode(files.find((f) => f.path === p)?.bytes);
    const dir = `__snapshots__/qti${version.replace('.', '')}`;
    await expect(text('imsmanifest.xml')).toMatchFileSnapshot(`${dir}/images-imsmanifest.xml`);
    for (const q of questions.filter((x) => expectedImages(x).length > 0)) {
      await expect(text(`items/${q.uid}.xml`)).toMatchFileSnapshot(`${dir}/images-item-${q.kind}.xml`);
    }
  });

  it.skipIf(schemas === null)('passes the official schemas: manifest with webcontent resources, tests and items', async () => {
    const zipPath = path.join(workDir, `images-${version}.zip`);
    await writeFile(zipPath, (await exported)?.files[0]?.bytes ?? new Uint8Array());
    const check = validateXml(schemas ?? '', zipPath, manifestKind);
    expect(check.output).toMatch(/PACKAGE: VALID/);
    expect(check.ok, check.output).toBe(true);
  });
});
