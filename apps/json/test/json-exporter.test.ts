import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { Course, Module } from '@coursepack/core';
import { COURSE_SCHEMA_ID, courseSchema, exportableModules, loadCourse } from '@coursepack/core';
import type { OutputFile } from '@coursepack/export-kit';
import { courseFromFiles, EVERY_KIND_FILES } from '@coursepack/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonExporter, SCHEMA_FILE_NAME } from '../src/index.js';

const options = { toolVersion: '0.0.0-test' };
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** Export the course file and every module file, write them to a new folder, return the folder. */
async function exportToFolder(course: Course, modules: readonly Module[], positions: boolean): Promise<{ dir: string; files: OutputFile[] }> {
  const input = { course: { ...course, modules: [...modules] }, documents: new Map() };
  const files: OutputFile[] = [];
  files.push(...(await jsonExporter.exportCourse!(input, { ...options, positions })).files);
  for (const module of modules) files.push(...(await jsonExporter.exportModule!(module, input, { ...options, positions })).files);
  const dir = await mkdtemp(path.join(tmpdir(), 'coursepack-json-'));
  dirs.push(dir);
  for (const file of files) await writeFile(path.join(dir, file.path), file.bytes);
  return { dir, files };
}

/** Compile the schema file written beside the exports and validate every exported document file. */
async function validateFolder(dir: string, files: OutputFile[]): Promise<unknown[]> {
  const schema = JSON.parse(await readFile(path.join(dir, SCHEMA_FILE_NAME), 'utf8')) as Record<string, unknown>;
  const validate = new Ajv2020.default({ allErrors: true, strict: true }).compile(schema);
  const docs: unknown[] = [];
  for (const file of files.filter((f) => f.path !== SCHEMA_FILE_NAME)) {
    const doc: unknown = JSON.parse(await readFile(path.join(dir, file.path), 'utf8'));
    expect(validate(doc), `${file.path}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    docs.push(doc);
  }
  return docs;
}

function hasKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasKey(v, key));
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k === key || hasKey(v, key));
}

function withoutPlaces<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'place' ? undefined : v))) as T;
}

describe('json exporter', async () => {
  const build = await courseFromFiles(EVERY_KIND_FILES);
  const { course } = build;

  it('writes course.json, one file per module and the schema', async () => {
    const { files } = await exportToFolder(course, course.modules, false);
    expect(files.map((f) => f.path)).toEqual(['course.json', SCHEMA_FILE_NAME, '01_kinds.json', '02_second.json']);
    expect(JSON.parse(new TextDecoder().decode(files[1]!.bytes))).toEqual(courseSchema);
  });

  it('validates every exported file against the schema written beside it, without positions', async () => {
    const { dir, files } = await exportToFolder(course, course.modules, false);
    const docs = await validateFolder(dir, files);
    for (const doc of docs) expect(hasKey(doc, 'place')).toBe(false);
    expect(docs[0]).toEqual(withoutPlaces({ $schema: COURSE_SCHEMA_ID, ...course }));
    expect(docs[1]).toEqual(withoutPlaces({ $schema: COURSE_SCHEMA_ID, schemaVersion: course.schemaVersion, title: course.title, language: course.language, labels: course.labels, modules: [course.modules[0]] }));
  });

  it('validates with positions, and keeps every place as the model has it', async () => {
    const { dir, files } = await exportToFolder(course, course.modules, true);
    const docs = await validateFolder(dir, files);
    expect(docs[0]).toEqual(JSON.parse(JSON.stringify({ $schema: COURSE_SCHEMA_ID, ...course })));
    const first = (docs[1] as Course).modules[0]!.checkpoint.groups[0]!.questions[0]!;
    expect(first.place).toEqual(course.modules[0]!.checkpoint.groups[0]!.questions[0]!.place);
  });

  it('starts each file with $schema, then follows the schema\'s key order, two-space indented with a final newline', async () => {
    const { files } = await exportToFolder(course, course.modules, true);
    for (const file of files.filter((f) => f.path !== SCHEMA_FILE_NAME)) {
      const text = new TextDecoder().decode(file.bytes);
      expect(text.startsWith(`{\n  "$schema": "${COURSE_SCHEMA_ID}",\n  "schemaVersion"`)).toBe(true);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      const doc = JSON.parse(text) as { modules: Record<string, unknown>[] };
      const moduleKeys = Object.keys((courseSchema['$defs'] as Record<string, { properties: object }>)['module']!.properties);
      expect(Object.keys(doc.modules[0]!)).toEqual(moduleKeys.filter((k) => k in doc.modules[0]!));
    }
  });

  it('gives the same bytes on every build, whatever order the model was built in', async () => {
    const again = await courseFromFiles(EVERY_KIND_FILES);
    const shuffled = JSON.parse(JSON.stringify(again.course, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as Course;
    for (const positions of [false, true]) {
      const a = (await exportToFolder(course, course.modules, positions)).files;
      const b = (await exportToFolder(shuffled, shuffled.modules, positions)).files;
      expect(b.map((f) => new TextDecoder().decode(f.bytes))).toEqual(a.map((f) => new TextDecoder().decode(f.bytes)));
    }
  });

  it('exports the bundled content and every file validates', async () => {
    const real = await loadCourse(path.resolve(import.meta.dirname, '../../../content'));
    const modules = exportableModules(real);
    expect(modules.length).toBeGreaterThan(0);
    for (const positions of [false, true]) {
      const { dir, files } = await exportToFolder(real.course, modules, positions);
      await validateFolder(dir, files);
    }
  });
});
