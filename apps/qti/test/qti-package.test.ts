import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { courseFromFiles, findSchemas, validateXml } from '@coursepack/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QtiVersion } from '../src/index.js';
import { exportQtiModule, qti21Exporter, qti30Exporter, qtiItemXml, qtiModuleFiles, qtiTestXml } from '../src/index.js';
import { everyKindFiles } from './every-kind-course.js';

const schemas = findSchemas();
const build = await courseFromFiles(everyKindFiles);
const module = build.course.modules[0];
if (!module || build.diagnostics.some((d) => d.severity === 'error')) throw new Error(`fixture does not build: ${JSON.stringify(build.diagnostics)}`);
const input = { course: build.course, documents: build.documents };
const options = { toolVersion: '0.0.0-test' };
const decoder = new TextDecoder();

let workDir = '';
beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'coursepack-qti-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe.each([
  ['2.1', qti21Exporter, 'qti21-cp-profile', 'qti21-item'],
  ['3.0', qti30Exporter, 'qti30-cp', 'qti30-item'],
] as const)('QTI %s package', (version, exporter, manifestKind, itemKind) => {
  it('is one zip per module, named after the module, the same bytes every time', async () => {
    const first = await exporter.exportModule?.(module, input, options);
    const second = await exporter.exportModule?.(module, input, options);
    expect(first?.files.map((f) => f.path)).toEqual(['m1.zip']);
    expect(first?.diagnostics).toEqual([]);
    expect(Buffer.from(second?.files[0]?.bytes ?? []).equals(Buffer.from(first?.files[0]?.bytes ?? []))).toBe(true);
  });

  it('holds the manifest, both tests and an item per question', async () => {
    const result = await exporter.exportModule?.(module, input, options);
    const zip = await JSZip.loadAsync(result?.files[0]?.bytes ?? new Uint8Array());
    const questions = [...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions);
    expect(Object.keys(zip.files).sort()).toEqual(['checkpoint.xml', 'daily-recall.xml', 'imsmanifest.xml', ...questions.map((q) => `items/${q.uid}.xml`)].sort());
  });

  it.skipIf(schemas === null)('passes the official schemas: manifest, tests and every item', async () => {
    const result = await exporter.exportModule?.(module, input, options);
    const zipPath = path.join(workDir, `${version}.zip`);
    await writeFile(zipPath, result?.files[0]?.bytes ?? new Uint8Array());
    const whole = validateXml(schemas ?? '', zipPath, manifestKind);
    expect(whole.output).toMatch(/PACKAGE: VALID/);
    expect(whole.output).toContain(`RESULT: VALID (${itemKind}`);
    expect(whole.output).toMatch(/13 file\(s\) of kind/);
    expect(whole.ok, whole.output).toBe(true);
  });

  it('snapshots one item of each kind, the checkpoint test and the manifest', async () => {
    const files = qtiModuleFiles(module, { version, toolVersion: '0.0.0-test' });
    const text = (p: string): string => decoder.decode(files.find((f) => f.path === p)?.bytes);
    const dir = `__snapshots__/qti${version.replace('.', '')}`;
    for (const kind of ['open', 'single', 'multiple', 'true-false', 'short', 'numeric'] as const) {
      const q = module.checkpoint.groups.flatMap((g) => g.questions).find((x) => x.kind === kind);
      if (!q) throw new Error(`fixture has no ${kind} question`);
      await expect(text(`items/${q.uid}.xml`)).toMatchFileSnapshot(`${dir}/item-${kind}.xml`);
    }
    await expect(text('checkpoint.xml')).toMatchFileSnapshot(`${dir}/checkpoint.xml`);
    await expect(text('imsmanifest.xml')).toMatchFileSnapshot(`${dir}/imsmanifest.xml`);
  });
});

describe('edge cases', () => {
  it('writes no package for a module without questions, and says so', async () => {
    const empty = { ...module, checkpoint: { groups: [], place: null }, recall: { groups: [] } };
    const result = await exportQtiModule(empty, '3.0', 'x');
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.module])).toEqual([['qti-no-questions', 'info', 'm1']]);
  });

  it.skipIf(schemas === null).each([
    ['2.1', 'qti21-item'],
    ['3.0', 'qti30-item'],
  ] as const)('a passing score adds a PASS outcome to the QTI %s test, still valid', async (version, kind) => {
    const xml = qtiTestXml({ identifier: 't', title: 'T', passingScore: 0.7, sections: [{ identifier: 's', title: 'S', items: [{ identifier: 'i', href: 'items/i.xml' }] }] }, version);
    expect(xml).toMatch(/identifier="PASS"/);
    const file = path.join(workDir, `pass-${version}.xml`);
    await writeFile(file, xml);
    const check = validateXml(schemas ?? '', file, kind);
    expect(check.ok, check.output).toBe(true);
  });
});

describe('item identifiers', () => {
  it('come from the question uid and carry no colon', () => {
    for (const q of [...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions)) {
      for (const version of ['2.1', '3.0'] as QtiVersion[]) {
        const identifiers = [...qtiItemXml(q, { version }).matchAll(/ identifier="([^"]*)"/g)].map((m) => m[1] ?? '');
        expect(identifiers[0]).toBe(q.uid);
        expect(identifiers.filter((id) => id.includes(':'))).toEqual([]);
      }
    }
  });
});
