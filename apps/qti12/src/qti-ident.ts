/**
 * A QTI 1.2 identifier from a model id: characters other than letters, digits, `.`, `_` and `-`
 * become `_` (Canvas rewrites `:`, Brightspace reads `label`), and a leading digit gets a prefix.
 */
export function qtiIdent(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}
