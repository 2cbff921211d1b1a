// Scripts written right to left (ISO 15924), of the languages a course may be written in.
const RIGHT_TO_LEFT = new Set(['Adlm', 'Arab', 'Aran', 'Hebr', 'Mand', 'Mend', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/**
 * Which way text of `language` (a BCP 47 tag) runs: `rtl` for a language written in a right-to-left
 * script (`ar`, `he`, `fa`, `ur`, `dv`, `az-Arab`), else `ltr`. The script is the tag's own or
 * the one the language is most likely written in (`ar-Latn` runs left to right).
 */
export function textDirection(language: string): 'ltr' | 'rtl' {
  try {
    const script = new Intl.Locale(language).maximize().script;
    return script !== undefined && RIGHT_TO_LEFT.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}
