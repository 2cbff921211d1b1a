import type { FormatExporter } from '@coursepack/export-kit';
import { withoutPageLinks } from '@coursepack/export-kit';
import { exportQti12Module } from './export-qti12-module.js';

/** The `qti12` format: one Canvas-flavoured QTI 1.2 zip per module. */
export const qti12Exporter: FormatExporter = {
  name: 'qti12',
  description: 'QTI 1.2 zip per module as Canvas imports it (Classic and New Quizzes): checkpoint quiz and daily recall',
  // A QTI package carries no pages: links in questions to the module's pages are made inert; those
  // to files it can carry (downloads, images) lead to where the package holds them.
  exportModule: (module, input) => exportQti12Module(withoutPageLinks(module, input.course, input.assets), input),
};
