import type { Rule } from '@coursepack/core';

/** Codes that exporters report (what a format cannot carry, limits of a target), for SARIF and the docs. */
export const exportRules: readonly Pick<Rule, 'code' | 'summary' | 'severity'>[] = [];
