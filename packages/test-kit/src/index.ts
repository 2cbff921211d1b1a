export { findChromium, findSchemas, isExternalRequired } from './external-tools.js';
export { validateXml } from './validate-xml.js';
export type { XmlValidation } from './validate-xml.js';
export { launchBrowser } from './launch-browser.js';
export type { TestBrowser } from './launch-browser.js';
export { serveFiles } from './serve-files.js';
export type { FileServer } from './serve-files.js';
export { courseFromFiles, writeContentFolder } from './course-from-files.js';
export { EVERY_KIND_FILES, HOSTILE_TEXT } from './every-kind-files.js';
