import type { Course, CourseBuild, Diagnostic, Module, ModuleLinks } from '@coursepack/core';
import { withoutContent } from '@coursepack/core';
import type { ExportOptions, FormatExporter, OutputFile } from '@coursepack/export-kit';
import type { AssetReader, AssetStamp } from './read-assets.js';
import { readModuleAssets } from './read-assets.js';

/** Files one format made for one module. */
export interface FormatFiles {
  format: string;
  files: OutputFile[];
}

/** Everything a build needs from one module: its diagnostics, its model and its exports. */
export interface ModuleResult {
  moduleId: string;
  diagnostics: Diagnostic[];
  /**
   * The module's model (only its name and files when the course-level outputs need no models);
   * null when the module has errors and is not exported.
   */
  module: Module | null;
  /** Its sections and references into other modules, checked once every module is in (see core's `moduleLinkDiagnostics`). */
  links: ModuleLinks | null;
  outputs: FormatFiles[];
  /** Pieces of course-level outputs (see `FormatExporter.exportModuleParts`). */
  parts: FormatFiles[];
  /** The assets its exports were made with, so a cached result is used only while they are unchanged. */
  assets: AssetStamp[];
}

/** The course's skeleton with one module's whole model in its place, as a module's exports see the course. */
export function courseWithModule(skeleton: Course, module: Module): Course {
  return { ...skeleton, modules: skeleton.modules.map((m) => (m.id === module.id ? module : m)) };
}

/**
 * Take one module's build (see core's `moduleBuilder`) and, when it has no errors, run every
 * exporter's per-module export and parts over it.
 */
export async function processModule(
  build: CourseBuild,
  skeleton: Course,
  moduleId: string,
  exporters: readonly FormatExporter[],
  options: ExportOptions,
  keepModel: boolean,
  readAssets: AssetReader['read'],
): Promise<ModuleResult> {
  const module = build.course.modules[0];
  const result: ModuleResult = { moduleId, diagnostics: build.diagnostics, module: null, links: build.links[0] ?? null, outputs: [], parts: [], assets: [] };
  if (!module || build.diagnostics.some((d) => d.severity === 'error')) return result;
  // The images the module shows and the files it carries as downloads are checked before anything
  // is exported (validate too, with no exporters, which needs no download's bytes).
  const assets = await readModuleAssets(build, module, readAssets, exporters.length === 0);
  result.assets = assets.stamps;
  result.diagnostics = [...result.diagnostics, ...assets.diagnostics];
  if (assets.diagnostics.some((d) => d.severity === 'error')) return result;
  // Past the check, every file read has its bytes (one over the limit kept the module from export).
  const input = { course: courseWithModule(skeleton, module), documents: build.documents, assets: assets.bytes };
  for (const exporter of exporters) {
    let files: OutputFile[] = [];
    if (exporter.exportModule) {
      const out = await exporter.exportModule(module, input, options);
      result.diagnostics.push(...out.diagnostics);
      result.outputs.push({ format: exporter.name, files: out.files });
      files = out.files;
    }
    if (exporter.assembleCourse) {
      // A format whose course file is made of its module files reuses them as parts.
      result.parts.push({ format: exporter.name, files: exporter.exportModuleParts ? await exporter.exportModuleParts(module, input, options) : files });
    }
  }
  // Sent between threads and cached for every module: only what later steps read.
  result.module = keepModel ? module : withoutContent(module);
  return result;
}
