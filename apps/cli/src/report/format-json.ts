import type { Diagnostic } from '@coursepack/core';

/** One JSON array of `{file, line, column, endLine, endColumn, severity, code, message, url}`. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const rows = diagnostics.map((d) => ({
    file: d.place.file,
    line: d.place.line,
    column: d.place.column,
    endLine: d.place.endLine,
    endColumn: d.place.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
    url: d.url,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
