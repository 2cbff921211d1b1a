import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findSchemas, isExternalRequired, validateXml, writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../src/build/run-validate.js';

const schemas = findSchemas();
if (!schemas && !isExternalRequired) console.warn('\n*** SKIPPING the XSD checks of packages with downloads: no schemas found (set COURSEPACK_SCHEMAS) ***\n');

const PDF = '%PDF-1.4\n%%EOF\n';
const CSV = 'week,topic\n1,registries\n2,gates\n';
const review = (n: number, name: string, loop: string) => `# 06. Module ${n} Review — ${name}\n\n## Review loop\n\n1. ${loop}\n\n## Embedded checkpoint\n\n### Applied\n\n1. Load [the data](../shared/weeks.csv): what does week 2 cover?\n   > Gates.\n\n## Completion gate\n\n- [ ] Done.\n`;

// Two modules that link to files beside them, and to one file they share.
const FILES: Record<string, string> = {
  'm1/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nRead [the deck](files/deck.pdf#page=2) and [the shared data](../shared/weeks.csv).\n',
  'm1/06_revision.md': review(1, 'One', 'Skim [the deck](files/deck.pdf) again.'),
  'm1/files/deck.pdf': PDF,
  'm2/06_revision.md': review(2, 'Two', 'Open [the notebook](lab.ipynb).'),
  'm2/lab.ipynb': '{"cells": []}\n',
  'shared/weeks.csv': CSV,
};

const CHECKED_QUESTIONS = ['qti21', 'qti30'] as const;
const FORMATS = ['json', 'scorm2004', 'cc', ...CHECKED_QUESTIONS, 'qti12', 'moodle', 'gift'];

async function unzip(file: string): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort()) out.set(name, await zip.files[name]!.async('uint8array'));
  return out;
}
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('files modules link to (downloads), through a build', () => {
  let root = '';
  let out = '';
  let cacheDir = '';
  beforeAll(async () => {
    root = await writeContentFolder(FILES);
    out = await mkdtemp(path.join(tmpdir(), 'coursepack-downloads-out-'));
    cacheDir = `${out}-cache`;
    const outcome = await runBuild({ root, outDir: out, formats: FORMATS, options: { toolVersion: 'test', scormCourse: true }, cacheDir });
    expect(outcome.skipped).toEqual([]);
  });
  afterAll(async () => {
    for (const d of [root, out, cacheDir]) await rm(d, { recursive: true, force: true });
  });

  it('are written beside the JSON documents, once each, where the model links to them', async () => {
    const json = path.join(out, 'json');
    expect(await readFile(path.join(json, 'assets/m1/files/deck.pdf'), 'utf8')).toBe(PDF);
    expect(await readFile(path.join(json, 'assets/shared/weeks.csv'), 'utf8')).toBe(CSV);
    expect(await readFile(path.join(json, 'assets/m2/lab.ipynb'), 'utf8')).toBe(FILES['m2/lab.ipynb']);
    const course = await readFile(path.join(json, 'course.json'), 'utf8');
    expect(course).toContain('<a href=\\"assets/m1/files/deck.pdf\\">the deck</a>');
  });

  it("are in each module's SCORM package and in the course package once, listed in the manifest", async () => {
    const m1 = await unzip(path.join(out, 'scorm2004', 'm1.zip'));
    expect(text(m1.get('assets/m1/files/deck.pdf'))).toBe(PDF);
    expect(text(m1.get('assets/shared/weeks.csv'))).toBe(CSV);
    expect(text(m1.get('imsmanifest.xml'))).toContain('<file href="assets/m1/files/deck.pdf"/>');
    expect(text(m1.get('explainer.html'))).toContain('<a href="assets/m1/files/deck.pdf#page=2">the deck</a>');

    const course = await unzip(path.join(out, 'scorm2004', 'course.zip'));
    expect([...course.keys()].filter((n) => n.startsWith('assets/'))).toEqual(['assets/m1/files/deck.pdf', 'assets/m2/lab.ipynb', 'assets/shared/weeks.csv']);
    const manifest = text(course.get('imsmanifest.xml'));
    // Linked from both modules: in the shared resource, once.
    expect(manifest.match(/<file href="assets\/shared\/weeks.csv"\/>/g)).toHaveLength(1);
    expect(text(course.get('m2/index.html'))).toContain('<a href="../assets/m2/lab.ipynb">the notebook</a>');
  });

  it('are in the cartridge once, each a resource the pages that link to it depend on', async () => {
    const file = path.join(out, 'cc', 'course.imscc');
    const cc = await unzip(file);
    expect([...cc.keys()].filter((n) => n.startsWith('assets/'))).toEqual(['assets/m1/files/deck.pdf', 'assets/m2/lab.ipynb', 'assets/shared/weeks.csv']);
    expect(text(cc.get('m1/explainer.html'))).toContain('<a href="../assets/m1/files/deck.pdf#page=2">the deck</a> and <a href="../assets/shared/weeks.csv">the shared data</a>');
    const manifest = text(cc.get('imsmanifest.xml'));
    const resource = /<resource identifier="([^"]+)" type="webcontent" href="assets\/m1\/files\/deck.pdf">/.exec(manifest)?.[1];
    expect(resource).toBeDefined();
    const explainer = /<resource [^>]*href="m1\/explainer.html">[\s\S]*?<\/resource>/.exec(manifest)?.[0] ?? '';
    expect(explainer).toContain(`<dependency identifierref="${resource}"/>`);
    if (schemas) {
      const run = validateXml(schemas, file, 'cc11');
      expect(run.ok, run.output).toBe(true);
    }
  });

  it('are carried by question packages for the questions that link to them, and only those', async () => {
    const qtiFiles = [...CHECKED_QUESTIONS].map((format) => path.join(out, format, 'm1.zip'));
    for (const file of qtiFiles) {
      const qti = await unzip(file);
      // The question links to the shared data; the deck is linked from pages only.
      expect([...qti.keys()].filter((n) => n.includes('weeks') || n.includes('deck'))).toEqual(['assets/shared/weeks.csv']);
      expect(text(qti.get('assets/shared/weeks.csv'))).toBe(CSV);
      const manifest = text(qti.get('imsmanifest.xml'));
      const resource = /<resource identifier="([^"]+)" type="webcontent" href="assets\/shared\/weeks.csv"/.exec(manifest)?.[1];
      expect(resource, file).toBeDefined();
      const item = [...qti.entries()].find(([n, b]) => n.startsWith('items/') && text(b).includes('the data'));
      expect(item, file).toBeDefined();
      expect(text(item?.[1])).toContain('<a href="../assets/shared/weeks.csv">the data</a>');
      // The item's resource lists the file and depends on its resource.
      const itemResource = new RegExp(`<resource [^>]*href="${item?.[0]}"[^>]*>[\\s\\S]*?</resource>`).exec(manifest)?.[0] ?? '';
      expect(itemResource).toContain(`<dependency identifierref="${resource}"/>`);
      if (schemas) {
        const run = validateXml(schemas, file);
        expect(run.ok, run.output).toBe(true);
      }
    }
  });

  it("are carried by Canvas's QTI 1.2, the cartridge's quizzes and Moodle XML, and not by GIFT", async () => {
    const canvas = await unzip(path.join(out, 'qti12', 'm1.zip'));
    expect([...canvas.keys()].filter((n) => n.startsWith('web_resources/'))).toEqual(['web_resources/assets/shared/weeks.csv']);
    const quizXml = [...canvas.entries()].filter(([n]) => n.endsWith('.xml') && !n.endsWith('assessment_meta.xml') && n !== 'imsmanifest.xml').map(([, b]) => text(b)).join('\n');
    expect(quizXml).toContain('&lt;a href="$IMS-CC-FILEBASE$/assets/shared/weeks.csv"&gt;the data&lt;/a&gt;');
    expect(text(canvas.get('imsmanifest.xml'))).toContain('href="web_resources/assets/shared/weeks.csv"');

    const cc = await unzip(path.join(out, 'cc', 'course.imscc'));
    const checkpoint = text(cc.get('m1/checkpoint.xml'));
    expect(checkpoint).toContain('&lt;a href="$IMS-CC-FILEBASE$/../assets/shared/weeks.csv"&gt;the data&lt;/a&gt;');
    const manifest = text(cc.get('imsmanifest.xml'));
    const data = /<resource identifier="([^"]+)" type="webcontent" href="assets\/shared\/weeks.csv">/.exec(manifest)?.[1];
    const quizResource = /<resource [^>]*type="imsqti_xmlv1p2\/imscc_xmlv1p1\/assessment"[^>]*>\s*<file href="m1\/checkpoint.xml"\/>[\s\S]*?<\/resource>/.exec(manifest)?.[0] ?? '';
    expect(quizResource).toContain(`<dependency identifierref="${data}"/>`);

    const moodle = await readFile(path.join(out, 'moodle', 'm1.moodle.xml'), 'utf8');
    expect(moodle).toContain('<a href="@@PLUGINFILE@@/shared/weeks.csv">the data</a>');
    expect(moodle).toContain(`<file name="weeks.csv" path="/shared/" encoding="base64">${Buffer.from(CSV).toString('base64')}</file>`);
    expect(moodle).not.toContain('deck.pdf');

    const gift = await readFile(path.join(out, 'gift', 'm1.gift'), 'utf8');
    expect(gift).toContain('the data');
    expect(gift).not.toContain('weeks.csv');
    // Canvas's QTI 1.2 follows no published profile; the cartridge, which holds its own quizzes, does.
    if (schemas) {
      const run = validateXml(schemas, path.join(out, 'cc', 'course.imscc'), 'cc11');
      expect(run.ok, run.output).toBe(true);
    }
  });

  it('rebuild the modules that link to a file when only that file changes, and give the new bytes', async () => {
    const again = await runBuild({ root, outDir: out, formats: FORMATS, options: { toolVersion: 'test', scormCourse: true }, cacheDir });
    expect(again.modules).toMatchObject({ built: 0 });
    await writeFile(path.join(root, 'm1/files/deck.pdf'), `${PDF}% edited\n`);
    const edited = await runBuild({ root, outDir: out, formats: FORMATS, options: { toolVersion: 'test', scormCourse: true }, cacheDir });
    expect(edited.modules).toMatchObject({ built: 1, cached: 1 });
    expect(text((await unzip(path.join(out, 'scorm2004', 'm1.zip'))).get('assets/m1/files/deck.pdf'))).toBe(`${PDF}% edited\n`);
    expect(await readFile(path.join(out, 'json', 'assets/m1/files/deck.pdf'), 'utf8')).toBe(`${PDF}% edited\n`);
  });

  it('over the size limit keep their module from export, in build and validate alike', async () => {
    const large = await writeContentFolder({ ...FILES, 'coursepack.config.json': JSON.stringify({ maxDownloadSize: 10 }) });
    try {
      const outcome = await runBuild({ root: large, outDir: `${large}-out`, formats: ['json'], options: { toolVersion: 'test' }, cacheDir: null });
      expect(outcome.skipped.map((s) => `${s.module} ${s.reason.code}`)).toEqual(['m1 download-too-large', 'm2 download-too-large']);
      expect(outcome.skipped[0]?.reason.message).toBe(`\`files/deck.pdf#page=2\` links to a file of ${PDF.length} bytes, over the limit of 10 (\`maxDownloadSize\`), so it is not packaged`);
      expect(await readdir(path.join(`${large}-out`, 'json'), { recursive: true }).catch(() => [])).not.toContain('assets');
      const validated = await runValidate(large, { toolVersion: 'test' });
      expect(validated.filter((d) => d.code === 'download-too-large').map((d) => `${d.place.file}:${d.place.line}:${d.place.column}`)).toEqual(['m1/02_explainer.md:5:6', 'm1/02_explainer.md:5:44', 'm2/06_revision.md:5:9', 'm2/06_revision.md:11:9']);
    } finally {
      for (const d of [large, `${large}-out`]) await rm(d, { recursive: true, force: true });
    }
  });
});
