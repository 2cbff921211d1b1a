export { main, VERSION } from './main.js';
export type { Io } from './io.js';
export { runBuild } from './build/run-build.js';
export type { BuildOutcome, BuildPlan } from './build/run-build.js';
export { runValidate } from './build/run-validate.js';
export { FORMAT_NAMES, loadExporter, readFormats } from './build/formats.js';
export { renderRuleDoc, renderRuleDocs } from './docs/render-rule-docs.js';
