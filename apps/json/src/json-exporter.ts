import type { Module } from '@coursepack/core';
import { courseSchema } from '@coursepack/core';
import type { ExportInput, ExportOptions, ExportResult, FormatExporter } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';
import { canonicalJson } from './canonical-json.js';
import { assembleCourseJson } from './assemble-course-json.js';
import { courseDocument } from './course-document.js';

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

/** JSON documents of the course model that validate against the published, versioned schema. */
export const jsonExporter: FormatExporter = {
  name: 'json',
  description: 'The course model as JSON (course.json and <module-id>.json) with its JSON Schema',
  exportModule: async (module, input, options) => exportDocument(`${module.id}.json`, input, [module], options),
  exportCourse: async (input, options) => {
    const result = exportDocument('course.json', input, input.course.modules, options);
    return { files: [...result.files, textFile(SCHEMA_FILE_NAME, schemaFileText())], diagnostics: result.diagnostics };
  },
  // Each module's own file is its part of the course file (no exportModuleParts needed).
  assembleCourse: async (course, readParts, options) => {
    const empty = () => canonicalJson(courseDocument(course, []), courseSchema, { positions: options.positions === true });
    return { files: [assembleCourseJson(course, readParts, empty), textFile(SCHEMA_FILE_NAME, schemaFileText())], diagnostics: [] };
  },
};
