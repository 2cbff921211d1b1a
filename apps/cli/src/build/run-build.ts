import type { CourseBuild, Diagnostic, Module } from '@coursepack/core';
import { exportableModules, loadCourse, sortDiagnostics } from '@coursepack/core';
import type { ExportInput, ExportOptions, FormatExporter } from '@coursepack/export-kit';
import { loadExporter } from './formats.js';
import { createStagedWriter } from './staged-writer.js';

/** What to build. */
export interface BuildPlan {
  root: string;
  outDir: string;
  formats: string[];
  options: ExportOptions;
  /** Where exporters come from (tests pass their own); defaults to the installed format packages. */
  resolveExporter?: (format: string) => Promise<FormatExporter>;
}

/** What a build did. */
export interface BuildOutcome {
  build: CourseBuild;
  /** Validation and exporter diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** Modules left out because they have errors, with the first error of each. */
  skipped: { module: string; reason: Diagnostic }[];
  /** Files written per format. */
  written: Record<string, number>;
}

/** Validate the course, export every module without errors in every format, write atomically. */
export async function runBuild(plan: BuildPlan): Promise<BuildOutcome> {
  const build = await loadCourse(plan.root);
  const modules = exportableModules(build);
  const okIds = new Set(modules.map((m) => m.id));
  const skipped = build.course.modules
    .filter((m) => !okIds.has(m.id))
    .map((m) => ({ module: m.id, reason: build.diagnostics.find((d) => d.module === m.id && d.severity === 'error') as Diagnostic }));
  const input: ExportInput = { course: { ...build.course, modules }, documents: build.documents };
  const diagnostics = [...build.diagnostics];
  const written: Record<string, number> = {};
  const writer = createStagedWriter(plan.outDir);
  try {
    for (const format of plan.formats) {
      const exporter = await (plan.resolveExporter ?? loadExporter)(format);
      let count = 0;
      const emit = async (files: { path: string; bytes: Uint8Array }[]) => {
        for (const f of files) await writer.write(`${format}/${f.path}`, f.bytes);
        count += files.length;
      };
      if (exporter.exportModule) {
        for (const module of modules) {
          const result = await exporter.exportModule(module as Module, input, plan.options);
          diagnostics.push(...result.diagnostics);
          await emit(result.files);
        }
      }
      if (exporter.exportCourse && modules.length > 0) {
        const result = await exporter.exportCourse(input, plan.options);
        diagnostics.push(...result.diagnostics);
        await emit(result.files);
      }
      written[format] = count;
    }
    await writer.commit();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return { build, diagnostics: sortDiagnostics(diagnostics), skipped, written };
}
