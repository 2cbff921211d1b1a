import type { Diagnostic } from '../diagnostics/types.js';
import { MODEL_VERSION } from '../model/build-model.js';
import { defaultConfig } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { runRules } from './run-rules.js';

/** Diagnostics of findings made outside a model build, by the rules that report them. */
export function findingDiagnostics(findings: Finding[]): Diagnostic[] {
  return runRules({ course: { schemaVersion: MODEL_VERSION, title: '', language: defaultConfig.language, labels: defaultConfig.labels, modules: [] }, documents: new Map(), config: defaultConfig, findings, links: [] });
}
