import type { Labels } from './labels.js';
import { de } from './label-sets/de.js';
import { es } from './label-sets/es.js';
import { fr } from './label-sets/fr.js';
import { it } from './label-sets/it.js';
import { nl } from './label-sets/nl.js';
import { pt } from './label-sets/pt.js';

// Keyed by canonical BCP 47 tag: a regional set (`pt-PT`) would sit beside its language's.
const SETS: ReadonlyMap<string, Labels> = new Map<string, Labels>([
  ['de', de],
  ['es', es],
  ['fr', fr],
  ['it', it],
  ['nl', nl],
  ['pt', pt],
]);

/** The language tags coursepack has labels of its own for, besides English. */
export const BUILT_IN_LABEL_LANGUAGES: readonly string[] = [...SETS.keys()];

/**
 * The labels coursepack ships for `language` (a BCP 47 tag): those of the tag itself, else of its
 * language (`de-CH` → `de`); null when it ships none (English, or a language without a set).
 */
export function builtInLabels(language: string): Labels | null {
  let tag: string;
  try {
    tag = Intl.getCanonicalLocales(language)[0] ?? '';
  } catch {
    return null;
  }
  const set = SETS.get(tag) ?? SETS.get(tag.split('-')[0] ?? '');
  // A copy: the sets are shared by every course read in the process.
  return set ? structuredClone(set) : null;
}
