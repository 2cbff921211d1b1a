import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CourseBuild, ExampleFiles } from '@coursepack/core';
import { exportableModules } from '@coursepack/core';
import type { ExportInput, OutputFile } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { assetsOf, courseFromFiles, findSchemas, IMAGE_FILES, solidPng, validateXml } from '@coursepack/test-kit';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccExporter } from '../src/index.js';
import { sharedImageCourse } from './shared-image-course.js';

const schemas = findSchemas();
const work = mkdtempSync(path.join(tmpdir(), 'coursepack-cc-images-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FILE_BASE = '$IMS-CC-FILEBASE$';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['resource', 'file', 'dependency'].includes(n) });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;

async function inputOf(files: ExampleFiles): Promise<ExportInput> {
  const build: CourseBuild = await courseFromFiles(files);
  return { course: { ...build.course, modules: exportableModules(build) }, documents: build.documents, assets: assetsOf(files) };
}

async function cartridge(input: ExportInput, ccVersion: '1.1' | '1.3' = '1.1'): Promise<Uint8Array> {
  const result = await ccExporter.exportCourse!(input, { toolVersion: '0.0.0-test', ccVersion });
  return result.files[0]!.bytes;
}

async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) out.set(name, await zip.files[name]!.async('uint8array'));
  return out;
}

/** Names in the zip's central directory, duplicates kept (a zip reader would hide them). */
function entryNames(bytes: Uint8Array): string[] {
  const zip = Buffer.from(bytes);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const length = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + length));
    at += 46 + length + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const text = (entries: Map<string, Uint8Array>, name: string): string => new TextDecoder().decode(entries.get(name));
const html = (s: string): string => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/**
 * Each image `src` of a page or an assessment and the cartridge file it reaches: relative to the
 * page's folder, or, in QTI, `$IMS-CC-FILEBASE$` standing for the assessment's folder.
 */
function imagesOf(entries: Map<string, Uint8Array>): { from: string; src: string; file: string | null }[] {
  const out: { from: string; src: string; file: string | null }[] = [];
  for (const name of entries.keys()) {
    let body: string;
    if (name.endsWith('.html')) body = text(entries, name);
    else if (name.endsWith('.xml') && name !== 'imsmanifest.xml') body = html(text(entries, name));
    else continue;
    for (const [, src] of body.matchAll(/<img [^>]*src="([^"]*)"/g)) {
      if (/^https?:/.test(src!)) {
        out.push({ from: name, src: src!, file: null });
        continue;
      }
      const relative = name.endsWith('.xml') ? src!.replace(/^\$IMS-CC-FILEBASE\$\//, '') : src!;
      out.push({ from: name, src: src!, file: decodeURIComponent(path.posix.normalize(path.posix.join(path.posix.dirname(name), relative))) });
    }
  }
  return out;
}

function resourcesOf(entries: Map<string, Uint8Array>): Xml[] {
  return parser.parse(text(entries, 'imsmanifest.xml')).manifest.resources.resource;
}

describe('cc images (IMAGE_FILES)', () => {
  let input: ExportInput;
  let bytes: Uint8Array;
  let entries: Map<string, Uint8Array>;
  const assets = assetsOf(IMAGE_FILES);

  beforeAll(async () => {
    input = await inputOf(IMAGE_FILES);
    bytes = await cartridge(input);
    entries = await unzip(bytes);
  });

  it('stores each image that has bytes at assets/<path>, with its exact bytes, and nothing else', () => {
    const stored = [...entries.keys()].filter((p) => !/\.(?:html|xml)$/.test(p));
    expect(stored).toEqual(['assets/pics/img/curves.png', 'assets/pics/img/flow.png', 'assets/shared/stage one.png']);
    for (const file of stored) expect(Buffer.from(entries.get(file)!).equals(Buffer.from(assets.get(file.slice('assets/'.length))!)), file).toBe(true);
    expect(stored.some((p) => p.includes('missing') || p.includes('remote'))).toBe(false);
  });

  it('lists every file of the cartridge in the manifest once, each image as a webcontent resource', () => {
    const resources = resourcesOf(entries);
    // An href is a URL: each name in it percent-encoded (`shared/stage%20one.png`), as importers decode it.
    const listed = resources.flatMap((r) => r.file.map((f: Xml) => decodeURIComponent(f['@_href'] as string)));
    expect(resources.flatMap((r) => r.file.map((f: Xml) => f['@_href'] as string))).toContain('assets/shared/stage%20one.png');
    expect([...listed].sort()).toEqual([...entries.keys()].filter((p) => p !== 'imsmanifest.xml'));
    expect(new Set(listed).size).toBe(listed.length);
    const images = resources.filter((r) => r.file[0]['@_href'].startsWith('assets/'));
    expect(images.map((r) => [r['@_type'], r['@_href'] === r.file[0]['@_href'], r.file.length])).toEqual(images.map(() => ['webcontent', true, 1]));
  });

  it('points pages and assessments at the stored files, and makes each resource depend on the images it shows', () => {
    const shown = imagesOf(entries);
    const local = shown.filter((s) => s.file !== null && !s.file.includes('missing'));
    // Explainer (flow, stage), review (curves, stage, flow), checkpoint (curves twice, stage).
    expect(new Set(local.map((s) => s.from))).toEqual(new Set(['pics/explainer.html', 'pics/review.html', 'pics/checkpoint.xml']));
    for (const s of local) expect(Buffer.from(entries.get(s.file!) ?? []).equals(Buffer.from(assets.get(s.file!.slice('assets/'.length))!)), `${s.from}: ${s.src}`).toBe(true);
    const qti = local.filter((s) => s.from.endsWith('.xml'));
    expect(qti.length).toBe(3);
    for (const s of qti) expect(s.src.startsWith(`${FILE_BASE}/../assets/`), s.src).toBe(true);
    expect(shown.filter((s) => s.file === null).map((s) => s.src)).toEqual(['https://example.org/remote.png']);

    const resources = resourcesOf(entries);
    const byFile = new Map(resources.map((r) => [decodeURIComponent(r.file[0]['@_href'] as string), r]));
    for (const r of resources) {
      const from = decodeURIComponent(r.file[0]['@_href'] as string);
      const expected = new Set(local.filter((s) => s.from === from).map((s) => byFile.get(s.file!)['@_identifier']));
      const deps = (r.dependency ?? []).map((d: Xml) => d['@_identifierref']).filter((id: string) => id.startsWith('asset.'));
      expect(new Set(deps), from).toEqual(expected);
    }
  });

  it.skipIf(!schemas)('passes the official schemas with the images: CC 1.1, and CC 1.3 renamed to 1.1', async () => {
    for (const [version, kind] of [['1.1', 'cc11'], ['1.3', 'cc13-as-cc11']] as const) {
      const file = path.join(work, `images-${version}.imscc`);
      writeFileSync(file, version === '1.1' ? bytes : await cartridge(input, version));
      const run = validateXml(schemas!, file, kind);
      expect(run.output).toContain('pics/checkpoint.xml validates');
      expect(run.ok, run.output).toBe(true);
    }
  });

  it('carries the images in CC 1.3 the same way', async () => {
    const v13 = await unzip(await cartridge(input, '1.3'));
    expect([...v13.keys()].filter((p) => p.startsWith('assets/'))).toEqual([...entries.keys()].filter((p) => p.startsWith('assets/')));
    expect(imagesOf(v13)).toEqual(imagesOf(entries));
  });

  it('is deterministic: same input, same bytes', async () => {
    expect(Buffer.from(await cartridge(input)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('cc images shared by two modules', () => {
  let input: ExportInput;
  let bytes: Uint8Array;
  let entries: Map<string, Uint8Array>;

  beforeAll(async () => {
    input = await inputOf(sharedImageCourse);
    bytes = await cartridge(input);
    entries = await unzip(bytes);
  });

  it('builds both modules, each showing the shared file', () => {
    expect(input.course.modules.map((m) => [m.id, m.assets.map((a) => a.path)])).toEqual([
      ['m1', ['shared/pic.png']],
      ['m2', ['shared/pic.png', 'm2/img/own.png']],
    ]);
  });

  it('stores the shared file once and lists it once; both modules depend on that one resource', () => {
    const names = entryNames(bytes);
    expect(names.filter((n) => n === 'assets/shared/pic.png')).toHaveLength(1);
    expect(names.filter((n) => n.startsWith('assets/')).sort()).toEqual(['assets/m2/img/own.png', 'assets/shared/pic.png']);
    expect(Buffer.from(entries.get('assets/shared/pic.png')!).equals(Buffer.from(sharedImageCourse['shared/pic.png'] as Uint8Array))).toBe(true);
    const resources = resourcesOf(entries);
    const shared = resources.filter((r) => r.file.some((f: Xml) => f['@_href'] === 'assets/shared/pic.png'));
    expect(shared).toHaveLength(1);
    const dependents = resources.filter((r) => (r.dependency ?? []).some((d: Xml) => d['@_identifierref'] === shared[0]['@_identifier'])).map((r) => r['@_identifier']);
    expect(dependents.sort()).toEqual(['m1.checkpoint', 'm1.explainer', 'm1.review', 'm2.checkpoint', 'm2.explainer', 'm2.review']);
    for (const s of imagesOf(entries)) expect(entries.has(s.file!), `${s.from}: ${s.src}`).toBe(true);
  });

  it('gives the same cartridge when assembled from per-module parts (as a build does)', async () => {
    const options = { toolVersion: '0.0.0-test' };
    const parts = new Map<string, OutputFile[]>();
    for (const module of input.course.modules) parts.set(module.id, await ccExporter.exportModuleParts!(module, input, options));
    const readParts = async (id: string, part?: string) => (parts.get(id) ?? []).filter((f) => part === undefined || f.path === part);
    const assembled = await collectFiles(await ccExporter.assembleCourse!(input.course, readParts, options));
    expect(Buffer.from(assembled.files[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it.skipIf(!schemas)('passes the official CC 1.1 schemas', () => {
    const file = path.join(work, 'shared.imscc');
    writeFileSync(file, bytes);
    const run = validateXml(schemas!, file, 'cc11');
    expect(run.ok, run.output).toBe(true);
  });

  it('is deterministic: same input, same bytes', async () => {
    expect(Buffer.from(await cartridge(input)).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('cc with names a URL must encode (`#`, `%`, `?`, `&`, spaces)', () => {
  const review = (title: string) => `# 06. ${title}\n\n## Embedded checkpoint\n\n### Recall\n\n1. Pick. ![Odd](img/a%20%23b%3F%26.png)\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n`;
  const files: ExampleFiles = {
    'm #1 & more/06_revision.md': review('Module 1 Review — Hash'),
    'm #1 & more/02_explainer.md': '# 02. Explainer\n\nSee [the other](../m%2520two/06_revision.md).\n',
    'm #1 & more/img/a #b?&.png': solidPng(4, 4),
    'm%20two/06_revision.md': review('Module 2 Review — Percent'),
    'm%20two/02_explainer.md': '# 02. Explainer\n\nBack to [the first](../m%20%231%20%26%20more/06_revision.md).\n',
    'm%20two/img/a #b?&.png': solidPng(5, 5),
  };
  let entries: Map<string, Uint8Array>;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await cartridge(await inputOf(files));
    entries = await unzip(bytes);
  });

  it('writes every manifest href as a URL that decodes to a file of the cartridge', () => {
    const hrefs = resourcesOf(entries).flatMap((r) => [r['@_href'], ...r.file.map((f: Xml) => f['@_href'])].filter((h): h is string => typeof h === 'string'));
    expect(hrefs).toContain('m%20%231%20%26%20more/review.html');
    expect(hrefs).toContain('assets/m%2520two/img/a%20%23b%3F%26.png');
    // Written as it is, `#` would cut the path and `%20` would be read as a space.
    for (const href of hrefs) {
      expect(href, href).not.toMatch(/[ #?]/);
      expect(entries.has(decodeURIComponent(href)), href).toBe(true);
    }
  });

  it('links module pages to each other, and shows images, through encoded URLs', () => {
    const first = text(entries, 'm #1 & more/explainer.html');
    const second = text(entries, 'm%20two/explainer.html');
    expect(first).toContain('<a href="../m%2520two/review.html">the other</a>');
    expect(second).toContain('<a href="../m%20%231%20%26%20more/review.html">the first</a>');
    for (const image of imagesOf(entries)) expect(entries.has(image.file!), `${image.from}: ${image.src}`).toBe(true);
  });

  it.skipIf(!schemas)('passes the official CC 1.1 schemas', () => {
    const file = path.join(work, 'odd-names.imscc');
    writeFileSync(file, bytes);
    const run = validateXml(schemas!, file, 'cc11');
    expect(run.ok, run.output).toBe(true);
  });
});
