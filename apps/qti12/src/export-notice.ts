import type { Diagnostic, Place, Severity } from '@coursepack/core';
import { ruleUrl } from '@coursepack/core';

/** A diagnostic about the export itself (what a format drops), at the model node it concerns. */
export function exportNotice(code: string, severity: Severity, message: string, place: Place, module: string): Diagnostic {
  return { code, severity, message, place, url: ruleUrl(code), module, related: null };
}
