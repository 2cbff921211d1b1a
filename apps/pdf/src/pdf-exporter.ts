import type { FormatExporter } from '@coursepack/export-kit';
import { assembleBooklet, bookletPart, exportBooklet } from './export-booklet.js';
import { renderKey, renderWorksheet } from './render-pdf.js';

/** The `pdf` format: per module a worksheet and a key, and one booklet of all worksheets. */
export const pdfExporter: FormatExporter = {
  name: 'pdf',
  description: 'Printable PDFs: a worksheet and an instructor key per module, and a course booklet',
  exportModule: async (module, input, options) => {
    const printing = { paper: options.paper ?? 'a4', ...(input.assets ? { assets: input.assets } : {}) };
    return {
      files: [
        { path: `${module.id}-worksheet.pdf`, bytes: renderWorksheet(module, printing) },
        { path: `${module.id}-key.pdf`, bytes: renderKey(module, printing) },
      ],
      diagnostics: [],
    };
  },
  exportCourse: async (input, options) =>
    exportBooklet(input.course, { paper: options.paper ?? 'a4', ...(input.assets ? { assets: input.assets } : {}), ...(options.jobs ? { jobs: options.jobs } : {}) }),
  exportModuleParts: async (module, input) => bookletPart(module, input.assets),
  assembleCourse: async (course, readParts, options) => assembleBooklet(course, readParts, { paper: options.paper ?? 'a4', ...(options.memo ? { memo: options.memo } : {}), ...(options.jobs ? { jobs: options.jobs } : {}) }),
};
