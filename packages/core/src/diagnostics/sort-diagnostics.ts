import type { Diagnostic } from './types.js';

/** Sort diagnostics by file, then position, then code, so output is stable. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.place.file < b.place.file ? -1 : a.place.file > b.place.file ? 1 : 0) ||
      a.place.line - b.place.line ||
      a.place.column - b.place.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
