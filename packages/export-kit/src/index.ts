export type { DocumentLookup, ExportInput, ExportOptions, ExportResult, FormatExporter, OutputFile, ReadParts } from './contract.js';
export { zipFiles } from './zip-files.js';
export type { ZipOptions } from './zip-files.js';
export { textFile } from './text-file.js';
export { joinModuleDocuments } from './join-module-documents.js';
export type { DocumentFrame } from './join-module-documents.js';
export { escapeXml, stripInvalidXmlChars } from './xml-text.js';
export { XmlElement, xmlDocument } from './xml-builder.js';
export type { XmlAttributes } from './xml-builder.js';
