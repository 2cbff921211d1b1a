import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CourseBuild } from '@coursepack/core';
import { findSchemas, courseFromFiles, validateXml } from '@coursepack/test-kit';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { ccExporter } from '../src/index.js';
import { twoModuleCourse } from './two-module-course.js';

const schemas = findSchemas();
const work = mkdtempSync(path.join(tmpdir(), 'coursepack-cc-test-'));
let build: CourseBuild;
let cc11: Uint8Array;
let entries: Map<string, string>;

async function exportBytes(ccVersion?: '1.1' | '1.3'): Promise<Uint8Array> {
  const result = await ccExporter.exportCourse!(build, ccVersion ? { toolVersion: '0.0.0-test', ccVersion } : { toolVersion: '0.0.0-test' });
  expect(result.files.map((f) => f.path)).toEqual(['course.imscc']);
  return result.files[0]!.bytes;
}

async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) out.set(name, await zip.files[name]!.async('string'));
  return out;
}

beforeAll(async () => {
  build = await courseFromFiles(twoModuleCourse);
  cc11 = await exportBytes();
  entries = await unzip(cc11);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ccExporter', () => {
  it('names its exports deliberately', () => {
    expect(Object.keys(api).sort()).toEqual(['cartridgePages', 'ccExporter', 'ccProfileOf', 'exportCartridge', 'pageName', 'renderDocumentPage', 'renderRecallPage', 'renderReviewPage', 'writeCcManifest']);
  });

  it('fixture builds without diagnostics', () => {
    expect(build.diagnostics).toEqual([]);
  });

  it('lays out one folder per module; the manifest is reviewed as a snapshot', async () => {
    await expect([...entries.keys()].join('\n')).toMatchFileSnapshot('__snapshots__/cc11-entries.txt');
    await expect(entries.get('imsmanifest.xml')).toMatchFileSnapshot('__snapshots__/cc11-imsmanifest.xml');
  });

  it.skipIf(!schemas)('passes the official CC 1.1 schemas: manifest and every assessment', () => {
    const file = path.join(work, 'course-1.1.imscc');
    writeFileSync(file, cc11);
    const run = validateXml(schemas!, file, 'cc11');
    expect(run.output).toContain('m1/checkpoint.xml validates');
    expect(run.output).toContain('m1/recall.xml validates');
    expect(run.ok, run.output).toBe(true);
  });

  it.skipIf(!schemas)('writes CC 1.3 namespaces that pass the CC 1.1 schemas once renamed (approximate check)', async () => {
    const bytes = await exportBytes('1.3');
    const manifest = (await unzip(bytes)).get('imsmanifest.xml')!;
    expect(manifest).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1"');
    expect(manifest).toContain('<schemaversion>1.3.0</schemaversion>');
    expect(manifest).toContain('type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment"');
    const file = path.join(work, 'course-1.3.imscc');
    writeFileSync(file, bytes);
    const run = validateXml(schemas!, file, 'cc13-as-cc11');
    expect(run.ok, run.output).toBe(true);
  });

  it('keeps every link inside the cartridge, down to section anchors', () => {
    const review = entries.get('m1/review.html')!;
    expect(review).toContain('<a href="explainer.html#sec-1-1">02_explainer.md §1.1-§1.2</a>');
    expect(review).toContain('<a href="../m2/review.html">the serving module</a>');
    expect(entries.get('m2/explainer.html')).toContain('<a href="../m1/review.html#store">');
    // Links written for GitHub land on the review page's headings, which carry GitHub's anchors.
    expect(entries.get('m2/explainer.html')).toContain('<a href="../m1/review.html#objective">objective questions</a> and <a href="../m1/review.html#self-evaluation">rubric</a>');
    expect(review).toContain('<h3 id="objective">Objective</h3>');
    for (const [name, text] of entries) {
      if (!name.endsWith('.html')) continue;
      for (const [, href] of text.matchAll(/href="([^"]*)"/g)) {
        const [target, anchor] = (href ?? '').split('#');
        const file = target === '' ? name : path.posix.join(path.posix.dirname(name), target ?? '');
        expect(entries.has(file), `${name} links to ${href}`).toBe(true);
        if (anchor) expect(entries.get(file), `${name} links to ${href}`).toContain(`id="${anchor}"`);
      }
    }
  });

  it('writes the checkpoint in the CC QTI profile: cc_profile per item, one flat section, no label', () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => ['item', 'qtimetadatafield'].includes(n) });
    const assessment = parser.parse(entries.get('m1/checkpoint.xml')!).questestinterop.assessment;
    const items: Record<string, unknown>[] = assessment.section.item;
    const profiles = items.map((i: any) => i.itemmetadata.qtimetadata.qtimetadatafield.find((f: any) => f.fieldlabel === 'cc_profile').fieldentry);
    expect(profiles).toEqual(['cc.essay.v0p1', 'cc.essay.v0p1', 'cc.multiple_choice.v0p1', 'cc.multiple_response.v0p1', 'cc.true_false.v0p1', 'cc.fib.v0p1', 'cc.fib.v0p1']);
    expect(items.every((i) => !('@_label' in i))).toBe(true);
    expect(items.map((i) => i['@_title'])).toEqual(['Conceptual 1', 'Conceptual 2', 'Objective 1', 'Objective 2', 'Objective 3', 'Objective 4', 'Objective 5']);
  });

  it('tells the author what Common Cartridge cannot carry', async () => {
    const result = await ccExporter.exportCourse!(build, { toolVersion: '0.0.0-test' });
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.module, d.place.line])).toEqual([['cc-numeric-tolerance-dropped', 'warning', 'm1', 52]]);
  });

  it('shows the daily recall questions on its page without their answers, which only its assessment holds', async () => {
    // The page was the markdown as written: every ticked choice, Answer: line, model answer and
    // piece of feedback was there for the learner to read beside the recall quiz.
    const recall = '# 04. Daily recall\n\nIntro.\n\n## Day 1\n\n1. Which store keeps stages? See `02_explainer.md` §1.1.\n   - [ ] ArtifactStoreChoice\n   - [x] RegistryChoice\n   > Correct: FeedbackSecret.\n\n2. Name the alias.\n\n   Answer: AliasSecret\n\n3. Why gate promotion?\n\n   > Answer: ModelAnswerSecret.\n';
    const recallBuild = await courseFromFiles({ ...twoModuleCourse, 'm1/04_daily_recall.md': recall });
    const result = await ccExporter.exportCourse!(recallBuild, { toolVersion: '0.0.0-test' });
    const files = await unzip(result.files[0]!.bytes);
    const page = files.get('m1/daily-recall.html') ?? '';
    for (const prompt of ['Which store keeps stages?', 'Name the alias.', 'Why gate promotion?']) expect(page).toContain(prompt);
    expect(page).toContain('<a href="explainer.html#sec-1-1">02_explainer.md §1.1</a>');
    for (const secret of ['RegistryChoice', 'ArtifactStoreChoice', 'FeedbackSecret', 'AliasSecret', 'ModelAnswerSecret', 'checked']) expect(page, secret).not.toContain(secret);
    // The assessment still asks them all, with the answers it scores.
    const quiz = files.get('m1/recall.xml') ?? '';
    for (const text of ['RegistryChoice', 'AliasSecret']) expect(quiz).toContain(text);
  });

  it('makes a link to something the cartridge does not hold inert, on every kind of page', async () => {
    // Left as written, such a link opened an error page inside the LMS.
    const links = '[the slides](files/deck.pdf), [a gap](06_missing.md), [the web](https://example.org) and [the study notes](03_study_material.md)';
    const files = { ...twoModuleCourse, 'm1/files/deck.pdf': '%PDF-1.4\n%%EOF\n', 'm1/05_hands_on_lab.md': `# 05. Lab\n\nSee ${links}.\n`, 'm1/06_revision.md': String(twoModuleCourse['m1/06_revision.md']).replace('registries and promotion gates.', `${links}.`) };
    const linked = await courseFromFiles(files);
    const result = await ccExporter.exportCourse!(linked, { toolVersion: '0.0.0-test' });
    const pages = await unzip(result.files[0]!.bytes);
    for (const name of ['m1/hands-on-lab.html', 'm1/review.html']) {
      const page = pages.get(name) ?? '';
      expect(page, name).toContain('<a title="Not included in this package">the slides</a>, <a title="Not included in this package">a gap</a>, <a href="https://example.org">the web</a> and <a href="study-material.html">the study notes</a>');
    }
  });

  it('is deterministic: same input, same bytes', async () => {
    expect(Buffer.from(await exportBytes()).equals(Buffer.from(cc11))).toBe(true);
  });
});
