export { pdfExporter, BOOKLET_FILE } from './pdf-exporter.js';
export { renderBooklet, renderKey, renderModulePdf, renderWorksheet } from './render-pdf.js';
export type { PdfOptions } from './render-pdf.js';
export { sheetData } from './sheet-data.js';
export type { ModuleSheet, SheetChoice, SheetQuestion, SheetVariant } from './sheet-data.js';
export { richBlocks, richRuns } from './rich-blocks.js';
export type { Block, Run } from './rich-blocks.js';
export { referenceText } from './reference-text.js';
export { TypstTemplateError } from './typst-template-error.js';
