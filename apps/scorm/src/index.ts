export { assembleScormCourse, exportScormCourse, scormCourseParts } from './export-scorm-course.js';
export { exportScormModule, scormManifest } from './export-scorm-module.js';
export type { ScormOptions } from './export-scorm-module.js';
export { scorm12Exporter, scorm2004Exporter } from './scorm-exporters.js';
export { scorm12Manifest } from './scorm12-manifest.js';
export { scorm2004Manifest } from './scorm2004-manifest.js';
export { safeFileName, SHARED_ASSETS_ID } from './scorm-package.js';
export type { ScoEntry, ScormPackage } from './scorm-package.js';
