import type { CourseBuild, Module } from '@coursepack/core';
import { exportableModules } from '@coursepack/core';
import { assetsOf, courseFromFiles, IMAGE_FILES } from '@coursepack/test-kit';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { qti12Exporter } from '../src/index.js';
import { qtiParser, type Xml } from './read-qti12-zip.js';

const assets = assetsOf(IMAGE_FILES);
const FILE_BASE = '$IMS-CC-FILEBASE$/';
let build: CourseBuild;
let module: Module;
let bytes: Uint8Array;
let entries: Map<string, Uint8Array>;

async function exportZip(): Promise<Uint8Array> {
  const result = await qti12Exporter.exportModule!(module, { ...build, assets }, { toolVersion: '0.0.0-test' });
  expect(result.files.map((f) => f.path)).toEqual(['pics.zip']);
  return result.files[0]!.bytes;
}

beforeAll(async () => {
  build = await courseFromFiles(IMAGE_FILES);
  [module] = exportableModules(build) as [Module];
  bytes = await exportZip();
  const zip = await JSZip.loadAsync(bytes);
  entries = new Map();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) entries.set(name, await zip.files[name]!.async('uint8array'));
});

const text = (path: string): string => new TextDecoder().decode(entries.get(path));

// Every `mattext` under a parsed node.
function mattextsOf(node: Xml): string[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'mattext' ? [(value as Xml)['#text'] ?? ''] : [value].flat().flatMap(mattextsOf)));
}

/** Every `src` of an image in the HTML of every item of every quiz, with the file it was found in. */
function imageSources(): { file: string; src: string }[] {
  const out: { file: string; src: string }[] = [];
  for (const file of entries.keys()) {
    if (!file.endsWith('.xml') || file === 'imsmanifest.xml' || file.endsWith('assessment_meta.xml')) continue;
    for (const html of mattextsOf(qtiParser.parse(text(file)))) for (const [, src] of html.matchAll(/<img [^>]*src="([^"]*)"/g)) out.push({ file, src: src! });
  }
  return out;
}

// How Canvas reads `$IMS-CC-FILEBASE$`: the folder where its packages keep course files, `web_resources/`.
const resolveCanvas = (src: string): string => `web_resources/${decodeURIComponent(src.slice(FILE_BASE.length))}`;

describe('qti12 images', () => {
  it('packs each image a quiz shows that has bytes under web_resources/assets/, with its exact bytes, and no other', () => {
    // Canvas adds every file of the package to the course's files: the gate's and the explainer's
    // diagram, which no quiz shows, stays out.
    expect(module.assets.map((a) => a.path)).toContain('pics/img/flow.png');
    const packed = module.assets.filter((a) => assets.has(a.path) && a.path !== 'pics/img/flow.png');
    expect(packed.map((a) => a.path).sort()).toEqual(['pics/img/curves.png', 'shared/stage one.png']);
    for (const asset of packed) expect(Buffer.from(entries.get(`web_resources/assets/${asset.path}`)!).equals(Buffer.from(assets.get(asset.path)!)), asset.path).toBe(true);
    const images = [...entries.keys()].filter((p) => !p.endsWith('.xml'));
    expect(images).toEqual(packed.map((a) => `web_resources/assets/${a.path}`).sort());
  });

  it('leaves out the missing file and the https image', () => {
    expect([...entries.keys()].filter((p) => p.includes('missing') || p.includes('remote'))).toEqual([]);
  });

  it('lists each image as a webcontent resource, and each quiz depends on the images it shows', () => {
    const resources: Xml[] = qtiParser.parse(text('imsmanifest.xml')).manifest.resources.resource;
    const web = resources.filter((r) => r['@_type'] === 'webcontent');
    // An href is a URL, each name in it percent-encoded, which Canvas decodes to find the file.
    expect(web.map((r) => r.file['@_href'])).toContain('web_resources/assets/shared/stage%20one.png');
    expect(web.map((r) => decodeURIComponent(r.file['@_href'] as string)).sort()).toEqual([...entries.keys()].filter((p) => p.startsWith('web_resources/')));
    for (const r of web) expect(r['@_href']).toBe(r.file['@_href']);
    const byFile = new Map(web.map((r) => [decodeURIComponent(r.file['@_href'] as string), r['@_identifier'] as string]));
    const quiz = resources.find((r) => r['@_identifier'] === 'pics.checkpoint');
    const deps = [quiz.dependency].flat().map((d: Xml) => d['@_identifierref']);
    const shown = new Set(imageSources().filter((s) => s.src.startsWith(FILE_BASE)).map((s) => byFile.get(resolveCanvas(s.src))));
    expect(deps.filter((d: string) => d !== 'pics.checkpoint.meta').sort()).toEqual([...shown].sort());
  });

  it('points item HTML at the packaged files as $IMS-CC-FILEBASE$/assets/…', () => {
    const sources = imageSources();
    // Prompt and feedback of the single choice, and the short-answer prompt from the shared folder.
    expect(sources.map((s) => s.src).sort()).toEqual([`${FILE_BASE}assets/pics/img/curves.png`, `${FILE_BASE}assets/pics/img/curves.png`, `${FILE_BASE}assets/shared/stage%20one.png`]);
    for (const { src } of sources) {
      const file = resolveCanvas(src);
      const path = file.slice('web_resources/assets/'.length);
      expect(Buffer.from(entries.get(file) ?? []).equals(Buffer.from(assets.get(path)!)), src).toBe(true);
    }
  });

  it('is deterministic: same input, same bytes', async () => {
    expect(Buffer.from(await exportZip()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('writes no files and keeps sources as they are when no bytes are given', async () => {
    const result = await qti12Exporter.exportModule!(module, build, { toolVersion: '0.0.0-test' });
    const zip = await JSZip.loadAsync(result.files[0]!.bytes);
    expect(Object.keys(zip.files).filter((p) => p.startsWith('web_resources'))).toEqual([]);
    expect(await zip.file('imsmanifest.xml')!.async('string')).not.toContain('webcontent');
  });
});
