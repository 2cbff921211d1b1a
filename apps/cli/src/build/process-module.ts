import type { Course, CourseBuild, Diagnostic, Module, ModuleLinks } from '@coursepack/core';
import { assetDiagnostics, assetLimit, withoutContent } from '@coursepack/core';
import type { ExportOptions, FormatExporter, OutputFile } from '@coursepack/export-kit';
import type { AssetReader, AssetStamp } from './read-assets.js';

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
  // The images the module shows and the files it carries as downloads are read only now that its
  // markdown has said which they are, and checked before anything is exported (validate too, with
  // no exporters).
  const paths = [...new Set([...module.assets, ...module.downloads].map((a) => a.path))];
  // Without exporters (validate), a download is only measured (read up to 0 bytes): nothing needs its bytes.
  const limitOf = assetLimit(build.links, exporters.length === 0 ? { maxImageSize: build.config.maxImageSize, maxDownloadSize: 0 } : build.config);
  const assets = paths.length > 0 ? await readAssets(paths, limitOf) : null;
  result.assets = assets?.stamps ?? [];
  if (assets) {
    const problems = assetDiagnostics(build.links, (p) => assets.files.get(p), build.config);
    result.diagnostics = [...result.diagnostics, ...problems];
    if (problems.some((d) => d.severity === 'error')) return result;
  }
  // Past the check, every file read has its bytes (one over the limit kept the module from export).
  const bytes = new Map<string, Uint8Array>();
  for (const [p, read] of assets?.files ?? []) if (read instanceof Uint8Array) bytes.set(p, read);
  const input = { course: { ...skeleton, modules: skeleton.modules.map((m) => (m.id === moduleId ? module : m)) }, documents: build.documents, assets: bytes };
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
