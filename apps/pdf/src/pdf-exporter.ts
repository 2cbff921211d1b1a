import type { Diagnostic, Module } from '@coursepack/core';
import type { ExportOptions, FormatExporter } from '@coursepack/export-kit';
import { exportNotice, listWords } from '@coursepack/export-kit';
import { assembleBooklet, bookletPart, exportBooklet } from './export-booklet.js';
import { MISSING_GLYPH } from './internal/font-coverage.js';
import { typesetModule } from './render-pdf.js';
import type { PdfOptions } from './render-pdf.js';

/** Characters shown at most in a notice; the rest are counted. */
const SHOWN_CHARACTERS = 8;

/** The notice of the characters of a module's worksheet and key that the PDF fonts lack, if any. */
function missingCharacters(module: Module, missing: ReadonlySet<string>): Diagnostic[] {
  if (missing.size === 0) return [];
  const named = [...missing].slice(0, SHOWN_CHARACTERS).map((ch) => `${JSON.stringify(ch).slice(1, -1)} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`);
  const more = missing.size > SHOWN_CHARACTERS ? [`${missing.size - SHOWN_CHARACTERS} more`] : [];
  const message = `The PDF fonts have no glyph for ${listWords([...named, ...more])}, so the worksheet, the key and the booklet print ${MISSING_GLYPH} in their place (a font that has them, listed in \`pdfFonts\`, prints them); the other exports show them as written`;
  return [exportNotice('pdf-characters-missing', 'warning', message, module.place, module.id)];
}

/** The bytes of the fonts the course adds (`ExportOptions.fonts`), as the renderers take them. */
function fontsOf(options: ExportOptions): Pick<PdfOptions, 'fonts'> {
  return options.fonts && options.fonts.length > 0 ? { fonts: options.fonts.map((f) => f.bytes) } : {};
}

/** The `pdf` format: per module a worksheet and a key, and one booklet of all worksheets. */
export const pdfExporter: FormatExporter = {
  name: 'pdf',
  description: 'Printable PDFs: a worksheet and an instructor key per module, and a course booklet',
  exportModule: async (module, input, options) => {
    const printing = { paper: options.paper ?? 'a4', language: input.course.language, ...(input.course.labels ? { labels: input.course.labels } : {}), ...(input.assets ? { assets: input.assets } : {}), ...fontsOf(options) };
    // The characters the fonts lack, as the two printouts find them while they are typeset.
    const missing = new Set<string>();
    const files = [
      { path: `${module.id}-worksheet.pdf`, bytes: typesetModule(module, 'worksheet', printing, missing) },
      { path: `${module.id}-key.pdf`, bytes: typesetModule(module, 'key', printing, missing) },
    ];
    return { files, diagnostics: missingCharacters(module, missing) };
  },
  exportCourse: async (input, options) =>
    exportBooklet(input.course, { paper: options.paper ?? 'a4', ...(input.assets ? { assets: input.assets } : {}), ...(options.jobs ? { jobs: options.jobs } : {}), ...fontsOf(options) }),
  exportModuleParts: async (module, input) => bookletPart(module, input.assets, input.course),
  assembleCourse: async (course, readParts, options) =>
    assembleBooklet(course, readParts, { paper: options.paper ?? 'a4', ...(options.memo ? { memo: options.memo } : {}), ...(options.jobs ? { jobs: options.jobs } : {}), ...fontsOf(options) }),
};
