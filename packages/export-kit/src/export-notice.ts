import type { Diagnostic, Place, Severity } from '@coursepack/core';
import { ruleUrl } from '@coursepack/core';

/**
 * A diagnostic about an export itself (what a format drops or cannot say), at the model node it
 * concerns, stamped like every validation diagnostic; `module` is null for the course as a whole.
 */
export function exportNotice(code: string, severity: Severity, message: string, place: Place, module: string | null): Diagnostic {
  return { code, severity, message, place, url: ruleUrl(code), module, related: null };
}

/** `a`, `a and b`, `a, b and c`: the parts a notice names. */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}
