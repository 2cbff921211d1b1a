import type { Diagnostic, Module, Place } from '@coursepack/core';
import { ruleUrl } from '@coursepack/core';

/** An export notice about a module, stamped like every other diagnostic. */
export function notice(code: string, severity: Diagnostic['severity'], message: string, module: Module, place: Place = module.place): Diagnostic {
  return { code, severity, message, place, url: ruleUrl(code), module: module.id, related: null };
}

/** `a`, `a and b`, `a, b and c`. */
export function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** `1 question` or `3 questions`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
