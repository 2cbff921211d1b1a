export { canonicalJson } from './canonical-json.js';
export type { CanonicalJsonOptions } from './canonical-json.js';
export { courseDocument } from './course-document.js';
export type { CourseDocument } from './course-document.js';
export { jsonExporter, SCHEMA_FILE_NAME } from './json-exporter.js';
export { schemaKeyOrder } from './schema-key-order.js';
export type { KeyOrder } from './schema-key-order.js';
