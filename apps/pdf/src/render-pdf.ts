import type { Course, Module } from '@coursepack/core';
import { compileTypst } from './internal/typst-compiler.js';
import { sheetData } from './sheet-data.js';
import type { SheetVariant } from './sheet-data.js';

/** Options of the PDF renderers. */
export interface PdfOptions {
  /** Paper size; A4 unless told otherwise. */
  paper?: 'a4' | 'letter';
}

function typstPaper(options: PdfOptions): string {
  return options.paper === 'letter' ? 'us-letter' : 'a4';
}

/** Typeset one module's printout: the learner's worksheet or the instructor's key. */
export function renderModulePdf(module: Module, variant: SheetVariant, options: PdfOptions = {}): Uint8Array {
  return compileTypst({
    variant,
    paper: typstPaper(options),
    title: `${module.title} — ${variant === 'key' ? 'Instructor key' : 'Worksheet'}`,
    booklet: null,
    modules: [sheetData(module, variant)],
  });
}

/** The learner's worksheet of one module as PDF bytes. */
export function renderWorksheet(module: Module, options: PdfOptions = {}): Uint8Array {
  return renderModulePdf(module, 'worksheet', options);
}

/** The instructor's key of one module as PDF bytes. */
export function renderKey(module: Module, options: PdfOptions = {}): Uint8Array {
  return renderModulePdf(module, 'key', options);
}

/** One booklet of every given module's worksheet, after a cover with the contents. */
export function renderBooklet(course: Course, modules: readonly Module[] = course.modules, options: PdfOptions = {}): Uint8Array {
  return compileTypst({
    variant: 'worksheet',
    paper: typstPaper(options),
    title: `${course.title} — Worksheets`,
    booklet: { title: course.title },
    modules: modules.map((m) => sheetData(m, 'worksheet')),
  });
}
