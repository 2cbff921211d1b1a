import type { Module } from '@coursepack/core';
import { courseSchema } from '@coursepack/core';
import type { ExportInput, ExportOptions, ExportResult, FormatExporter, OutputFile } from '@coursepack/export-kit';
import { assetFiles, downloadFiles, textFile } from '@coursepack/export-kit';
import { canonicalJson } from './canonical-json.js';
import { assembleCourseJson } from './assemble-course-json.js';
import { courseDocument } from './course-document.js';
import { courseAssetFiles } from './course-assets.js';

/** File name of the schema written beside the JSON documents. */
export const SCHEMA_FILE_NAME = 'course.schema.json';

let schemaText: string | null = null;

/** The published course schema, serialised once per process. */
function schemaFileText(): string {
  schemaText ??= `${JSON.stringify(courseSchema, null, 2)}\n`;
  return schemaText;
}

function exportDocument(path: string, input: ExportInput, modules: readonly Module[], options: ExportOptions): ExportResult {
  const text = canonicalJson(courseDocument(input.course, modules), courseSchema, { positions: options.positions === true });
  return { files: [textFile(path, text)], diagnostics: [] };
}

// A module's document as its own export made it, for its parts (made right after, from the same module).
const madeFor = new WeakMap<Module, OutputFile[]>();

/** Each image once, by its place in the export (two modules may show the same file). */
function uniqueFiles(files: OutputFile[]): OutputFile[] {
  const byPath = new Map<string, OutputFile>();
  for (const f of files) if (!byPath.has(f.path)) byPath.set(f.path, f);
  return [...byPath.values()];
}

/**
 * JSON documents of the course model that validate against the published, versioned schema, and
 * the images modules show and the files they link to, once each, under `assets/` beside them,
 * where the model's HTML points. These are course-level files (two modules may show one file), so
 * a shard writes none.
 */
export const jsonExporter: FormatExporter = {
  name: 'json',
  description: 'The course model as JSON (course.json and <module-id>.json) with its JSON Schema, the images it shows and the files it links to',
  exportModule: async (module, input, options) => {
    const result = exportDocument(`${module.id}.json`, input, [module], options);
    madeFor.set(module, result.files);
    return result;
  },
  exportCourse: async (input, options) => {
    const result = exportDocument('course.json', input, input.course.modules, options);
    const images = uniqueFiles(input.course.modules.flatMap((m) => [...assetFiles(m, input), ...downloadFiles(m, input)]));
    return { files: [...result.files, textFile(SCHEMA_FILE_NAME, schemaFileText()), ...images], diagnostics: result.diagnostics };
  },
  // A module's parts: its own document (the course file is joined from them), its images and its downloads.
  exportModuleParts: async (module, input, options) => [...(madeFor.get(module) ?? exportDocument(`${module.id}.json`, input, [module], options).files), ...assetFiles(module, input), ...downloadFiles(module, input)],
  assembleCourse: async (course, readParts, options) => {
    const empty = () => canonicalJson(courseDocument(course, []), courseSchema, { positions: options.positions === true });
    return { files: [assembleCourseJson(course, readParts, empty), textFile(SCHEMA_FILE_NAME, schemaFileText()), ...(await courseAssetFiles(course, readParts))], diagnostics: [] };
  },
};
