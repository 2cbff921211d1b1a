import type { Course, Labels, Module } from '@coursepack/core';
import type { AssetLookup } from '@coursepack/export-kit';
import { documentData, filesShown, imageFilesOf } from './internal/document-data.js';
import { compileTypst } from './internal/typst-compiler.js';
import type { SheetVariant } from './sheet-data.js';

/** Options of the PDF renderers. */
export interface PdfOptions {
  /** Paper size; A4 unless told otherwise. */
  paper?: 'a4' | 'letter';
  /**
   * Bytes of the images modules show, by asset path (`ExportInput.assets`). An image without
   * bytes here, or at an https address, prints as its alt text.
   */
  assets?: AssetLookup;
  /** The course's language (BCP 47), which the document declares to PDF readers; `en` unless given. */
  language?: string;
  /** The words printed around the content, in that language; unless given, its built-in ones, else English. */
  labels?: Labels;
  /**
   * Font files (TrueType, OpenType or collections of either) for the characters the bundled
   * fonts lack, tried after them in this order; a file the typesetter cannot use is left out.
   * Characters no font has print as ■.
   */
  fonts?: readonly Uint8Array[];
}

function typesetModules(modules: readonly Module[], variant: SheetVariant, options: PdfOptions, bookletTitle: string | null, missing?: Set<string>): Uint8Array {
  const data = documentData(modules, variant, options, bookletTitle, false, options.assets, missing);
  return compileTypst(data, filesShown(data, imageFilesOf(modules, options.assets)), options.fonts);
}

/** One module's printout, adding to `missing` the characters the fonts could not show (printed as ■). */
export function typesetModule(module: Module, variant: SheetVariant, options: PdfOptions, missing: Set<string>): Uint8Array {
  return typesetModules([module], variant, options, null, missing);
}

/** Typeset one module's printout: the learner's worksheet or the instructor's key. */
export function renderModulePdf(module: Module, variant: SheetVariant, options: PdfOptions = {}): Uint8Array {
  return typesetModules([module], variant, options, null);
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
  return typesetModules(modules, 'worksheet', { language: course.language, ...(course.labels ? { labels: course.labels } : {}), ...options }, course.title);
}
