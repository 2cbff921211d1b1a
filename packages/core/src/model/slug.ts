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
  if (ascii !== '') return shortened(ascii);
  const points = [...folded].filter((ch) => /[\p{L}\p{N}\p{So}]/u.test(ch)).map((ch) => `u${(ch.codePointAt(0) ?? 0).toString(16)}`);
  return points.length > 0 ? shortened(points.join('-')) : 'x';
}

/** Longest slug kept whole: ids built on it stay well inside every format's identifier limits. */
export const MAX_SLUG = 60;

/**
 * A slug longer than {@link MAX_SLUG}, cut at a dash and followed by a hash of the whole slug:
 * two long titles that begin alike still get ids of their own, and the same title the same id.
 */
function shortened(slugText: string): string {
  if (slugText.length <= MAX_SLUG) return slugText;
  const head = slugText.slice(0, MAX_SLUG);
  const dash = head.lastIndexOf('-');
  return `${(dash >= MAX_SLUG / 2 ? head.slice(0, dash) : head).replace(/-+$/, '')}-${nameHash(slugText)}`;
}

/**
 * `base`, or when `used` holds it already `base-2`, `base-3` …; the id returned is added to
 * `used`. Two groups with one title (`## Day 1` twice) get ids of their own, and so do their
 * questions, instead of every question of the second being a duplicate of the first's.
 */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** Make a string a valid XML name (NCName) for use in identifiers of every export format. */
export function xmlName(text: string): string {
  const s = text.replace(/[^A-Za-z0-9_.-]/g, '_');
  return /^[A-Za-z_]/.test(s) ? s : `m${s}`;
}

/** A short hash of a name (32-bit FNV-1a, base 36): the same name always gives the same one. */
export function nameHash(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * A module's key, the prefix of its questions' uids and of its identifiers in every export: its
 * folder name as an XML name, with a hash of the name when characters had to be replaced, so
 * that `模型` and `数据` (both `__` as XML names) never share identifiers in one package.
 */
export function moduleKey(id: string): string {
  const name = xmlName(id);
  return /^[A-Za-z0-9_.-]*$/.test(id) ? name : `${name}-${nameHash(id)}`;
}
