/**
 * A lower-case ASCII slug for ids: `Reflection honesty` → `reflection-honesty`. A text with no
 * Latin letter or digit at all (`概念`, `🚀`) is spelt by its letters' and symbols' code points
 * (`u6982-u5ff5`, `u1f680`), so that two such titles do not share one id; `x` when it has none.
 */
export function slug(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const ascii = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (ascii !== '') return ascii;
  const points = [...folded].filter((ch) => /[\p{L}\p{N}\p{So}]/u.test(ch)).map((ch) => `u${(ch.codePointAt(0) ?? 0).toString(16)}`);
  return points.length > 0 ? points.join('-') : 'x';
}

/** Make a string a valid XML name (NCName) for use in identifiers of every export format. */
export function xmlName(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(s) ? s : `m${s}`;
}
