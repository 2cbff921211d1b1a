import type { Course, Module } from '@coursepack/core';
import { documentData } from './internal/document-data.js';
import { compileTypst } from './internal/typst-compiler.js';
import type { SheetVariant } from './sheet-data.js';

/** Options of the PDF renderers. */
export interface PdfOptions {
  /** Paper size; A4 unless told otherwise. */
  paper?: 'a4' | 'letter';
}

/** Typeset one module's printout: the learner's worksheet or the instructor's key. */
export function renderModulePdf(module: Module, variant: SheetVariant, options: PdfOptions = {}): Uint8Array {
  return compileTypst(documentData([module], variant, options.paper, null));
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
  return compileTypst(documentData(modules, 'worksheet', options.paper, course.title));
}
