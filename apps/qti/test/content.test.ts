import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportableModules, loadCourse } from '@coursepack/core';
import { findSchemas, validateXml } from '@coursepack/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { qti21Exporter, qti30Exporter } from '../src/index.js';

const schemas = findSchemas();
const contentRoot = fileURLToPath(new URL('../../../content', import.meta.url));
const build = await loadCourse(contentRoot);
const modules = exportableModules(build);
const input = { course: build.course, documents: build.documents };
const workDir = await mkdtemp(path.join(tmpdir(), 'coursepack-qti-content-'));
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe.each([
  ['2.1', qti21Exporter, 'qti21-cp-profile'],
  ['3.0', qti30Exporter, 'qti30-cp'],
] as const)('the bundled content as QTI %s', (version, exporter, manifestKind) => {
  it('has modules to export', () => {
    expect(modules.length).toBeGreaterThan(0);
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s exports a package that passes the official schemas', async (id, module) => {
    const result = await exporter.exportModule?.(module, input, { toolVersion: '0.0.0-test' });
    expect(result?.files.map((f) => f.path)).toEqual([`${id}.zip`]);
    if (schemas === null) return;
    const zipPath = path.join(workDir, `${version}-${id}.zip`);
    await writeFile(zipPath, result?.files[0]?.bytes ?? new Uint8Array());
    const check = validateXml(schemas, zipPath, manifestKind);
    expect(check.ok, check.output).toBe(true);
  });
});
