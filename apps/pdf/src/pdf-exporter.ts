import type { FormatExporter } from '@coursepack/export-kit';
import { renderBooklet, renderKey, renderWorksheet } from './render-pdf.js';

/** File name of the course booklet written by `exportCourse`. */
export const BOOKLET_FILE = 'course.pdf';

/** The `pdf` format: per module a worksheet and a key, and one booklet of all worksheets. */
export const pdfExporter: FormatExporter = {
  name: 'pdf',
  description: 'Printable PDFs: a worksheet and an instructor key per module, and a course booklet',
  exportModule: async (module, _input, options) => {
    const paper = { paper: options.paper ?? 'a4' };
    return {
      files: [
        { path: `${module.id}-worksheet.pdf`, bytes: renderWorksheet(module, paper) },
        { path: `${module.id}-key.pdf`, bytes: renderKey(module, paper) },
      ],
      diagnostics: [],
    };
  },
  exportCourse: async (input, options) => ({
    files: [{ path: BOOKLET_FILE, bytes: renderBooklet(input.course, input.course.modules, { paper: options.paper ?? 'a4' }) }],
    diagnostics: [],
  }),
};
