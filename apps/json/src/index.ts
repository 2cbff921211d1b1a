export { canonicalJson } from './canonical-json.js';
export type { CanonicalJsonOptions } from './canonical-json.js';
export { courseDocument } from './course-document.js';
export type { CourseDocument } from './course-document.js';
export { jsonExporter, SCHEMA_FILE_NAME } from './json-exporter.js';
