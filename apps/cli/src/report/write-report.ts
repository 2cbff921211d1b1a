import type { Diagnostic } from '@coursepack/core';
import { allRules, ruleUrl } from '@coursepack/core';
import { UsageError } from '../usage-error.js';
import { exportRules } from './export-rules.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatStylish } from './format-stylish.js';

/** Output formats of `coursepack validate`. */
export const REPORT_FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Check a `--format` value. */
export function readReportFormat(value: string | undefined): ReportFormat {
  const format = value ?? 'stylish';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')} (got \`${format}\`)`);
  return format as ReportFormat;
}

/** Render diagnostics in a report format. */
export function renderReport(format: ReportFormat, diagnostics: readonly Diagnostic[], version: string, isColour: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(diagnostics);
    case 'github':
      return formatGithub(diagnostics);
    case 'sarif':
      return formatSarif(diagnostics, [...allRules, ...exportRules], version, ruleUrl);
    default:
      return formatStylish(diagnostics, isColour);
  }
}
