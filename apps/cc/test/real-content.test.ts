import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CourseBuild, Module } from '@coursepack/core';
import { exportableModules, loadCourse } from '@coursepack/core';
import { qti12Exporter } from '@coursepack/qti12';
import { findSchemas, validateXml } from '@coursepack/test-kit';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccExporter } from '../src/index.js';

const schemas = findSchemas();
const work = mkdtempSync(path.join(tmpdir(), 'coursepack-cc-content-'));
let build: CourseBuild;
let modules: Module[];

beforeAll(async () => {
  // Tests run from the repository root, where the bundled course lives.
  build = await loadCourse('content');
  modules = exportableModules(build);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the bundled content', () => {
  it('has exportable modules with checkpoints', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it.skipIf(!schemas)('exports to one Common Cartridge 1.1 that passes the official schemas', async () => {
    const input = { course: { ...build.course, modules }, documents: build.documents };
    const result = await ccExporter.exportCourse!(input, { toolVersion: '0.0.0-test' });
    const file = path.join(work, 'course.imscc');
    writeFileSync(file, result.files[0]!.bytes);
    const run = validateXml(schemas!, file, 'cc11');
    expect(run.ok, run.output).toBe(true);
    for (const m of modules.filter((x) => x.checkpoint.groups.length > 0)) expect(run.output).toContain(`${m.id}/checkpoint.xml validates`);
  });

  it('exports every module to a Canvas QTI zip whose items carry type, points and ident == label', async () => {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
    for (const module of modules) {
      const result = await qti12Exporter.exportModule!(module, build, { toolVersion: '0.0.0-test' });
      if (result.files.length === 0) continue;
      const zip = await JSZip.loadAsync(result.files[0]!.bytes);
      const xml = await zip.file(/\.checkpoint\.xml$/)[0]!.async('string');
      const items = [...xml.matchAll(/<item ident="([^"]*)" label="([^"]*)"/g)];
      const expected = module.checkpoint.groups.flatMap((g) => g.questions.map((q) => q.uid));
      expect(items.map((m) => m[1])).toEqual(expected);
      expect(items.every((m) => m[1] === m[2] && !m[1]!.includes(':'))).toBe(true);
      expect(() => parser.parse(xml)).not.toThrow();
      expect(xml.match(/<fieldlabel>points_possible<\/fieldlabel>/g)?.length).toBe(expected.length);
    }
  });
});
