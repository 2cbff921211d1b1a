import type { CourseText, Diagnostic, Module } from '@coursepack/core';
import type { AssetLookup, ExportResult, FormatExporter } from '@coursepack/export-kit';
import { exportNotice, withoutPageLinks, zipFiles } from '@coursepack/export-kit';
import { qtiModuleFiles } from './qti-module-files.js';
import type { QtiVersion } from './qti-version.js';

function noQuestions(module: Module): Diagnostic {
  return exportNotice('qti-no-questions', 'info', `Module ${module.id} has no checkpoint or daily recall questions, so no QTI package was written for it`, module.place, module.id);
}

/**
 * Export one module as a zipped QTI content package `<module-id>.zip`, with the bytes of the
 * images its items show and the files they link to; with the course, its items declare its `language` (BCP 47) and its tests are named
 * with its labels.
 */
export async function exportQtiModule(module: Module, version: QtiVersion, toolVersion: string, assets?: AssetLookup, course?: CourseText): Promise<ExportResult> {
  const files = qtiModuleFiles(module, { version, toolVersion, ...(assets ? { assets } : {}), language: course?.language, labels: course?.labels });
  if (files.length === 0) return { files: [], diagnostics: [noQuestions(module)] };
  return { files: [{ path: `${module.id}.zip`, bytes: await zipFiles(files) }], diagnostics: [] };
}

/** QTI 2.1: one content package per module (items, checkpoint test, daily recall test). */
export const qti21Exporter: FormatExporter = {
  name: 'qti21',
  description: 'QTI 2.1 content package per module: checkpoint test and daily recall as items with scoring',
  exportModule: (module, input, options) => exportQtiModule(withoutPageLinks(module, input.course, input.assets), '2.1', options.toolVersion, input.assets, input.course),
};

/** QTI 3.0: one content package per module (items, checkpoint test, daily recall test). */
export const qti30Exporter: FormatExporter = {
  name: 'qti30',
  description: 'QTI 3.0 content package per module: checkpoint test and daily recall as items with scoring',
  exportModule: (module, input, options) => exportQtiModule(withoutPageLinks(module, input.course, input.assets), '3.0', options.toolVersion, input.assets, input.course),
};
