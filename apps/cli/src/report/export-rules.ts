import type { Rule } from '@coursepack/core';

/** A notice an exporter can report: code, severity and its docs text. */
export type ExportRule = Pick<Rule, 'code' | 'summary' | 'severity' | 'description'>;

/** Codes that exporters report (what a format cannot carry, limits of a target), for SARIF and the docs. */
export const exportRules: readonly ExportRule[] = [];
