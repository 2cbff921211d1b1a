import path from 'node:path';
import type { Diagnostic } from '@coursepack/core';

/** Diagnostics with `place.file` made relative to the working directory (POSIX separators). */
export function relativeDiagnostics(diagnostics: readonly Diagnostic[], root: string, cwd: string): Diagnostic[] {
  const rel = (file: string) => path.relative(cwd, path.resolve(root, file)).split(path.sep).join('/') || '.';
  return diagnostics.map((d) => ({
    ...d,
    place: { ...d.place, file: rel(d.place.file) },
    related: d.related ? { ...d.related, place: { ...d.related.place, file: rel(d.related.place.file) } } : null,
  }));
}
