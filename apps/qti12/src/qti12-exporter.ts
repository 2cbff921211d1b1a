import type { FormatExporter } from '@coursepack/export-kit';
import { exportQti12Module } from './export-qti12-module.js';

/** The `qti12` format: one Canvas-flavoured QTI 1.2 zip per module. */
export const qti12Exporter: FormatExporter = {
  name: 'qti12',
  description: 'QTI 1.2 zip per module as Canvas imports it (Classic and New Quizzes): checkpoint quiz and daily recall',
  exportModule: (module, input) => exportQti12Module(module, input),
};
