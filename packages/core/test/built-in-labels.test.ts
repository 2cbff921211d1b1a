import { BUILT_IN_LABEL_LANGUAGES, DEFAULT_LABELS, builtInLabels, formatLabel, readConfig, translator } from '@coursepack/core';
import type { LabelText, Labels } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';
import { labelPlaceholders } from '../src/model/labels.js';

/** The built-in labels of `language`, failing the test when there are none. */
function labelsOf(language: string): Labels {
  const labels = builtInLabels(language);
  if (!labels) throw new Error(`no built-in labels for ${language}`);
  return labels;
}

/** Each form of a label: the string, or the forms by plural category. */
function formsOf(text: LabelText): string[] {
  return typeof text === 'string' ? [text] : Object.values(text).filter((form): form is string => typeof form === 'string');
}

describe('built-in labels', () => {
  it('are shipped for German, Spanish, French, Italian, Dutch and Portuguese', () => {
    expect(BUILT_IN_LABEL_LANGUAGES).toEqual(['de', 'es', 'fr', 'it', 'nl', 'pt']);
  });

  describe.each(BUILT_IN_LABEL_LANGUAGES)('in %s', (language) => {
    const labels = labelsOf(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('give exactly the English labels, in their order', () => {
      expect(Object.keys(labels)).toEqual(Object.keys(DEFAULT_LABELS));
    });

    it('give each label the placeholders of its English, in every form', () => {
      for (const [key, english] of Object.entries(DEFAULT_LABELS)) {
        const expected = [...labelPlaceholders(english)].sort();
        for (const form of formsOf(labels[key as keyof Labels])) {
          expect([...labelPlaceholders(form)].sort(), `${key}: ${form}`).toEqual(expected);
          expect(form.trim() !== '' && form === form.trim(), `${key}: ${form}`).toBe(true);
        }
      }
    });

    it("give a label that shows a count a form for each of the language's plural categories, and only those", () => {
      for (const [key, english] of Object.entries(DEFAULT_LABELS)) {
        const text = labels[key as keyof Labels];
        if (typeof english === 'string') expect(typeof text, key).toBe('string');
        else expect(Object.keys(text).sort(), key).toEqual([...new Set([...categories, 'other'])].sort());
      }
    });
  });

  it('keep French punctuation: a no-break space before `:`, a narrow one before `;`, `!` and `?`, and typographic apostrophes', () => {
    const forms = Object.values(labelsOf('fr')).flatMap(formsOf);
    expect(forms.filter((form) => /[^\u00A0]:|[^\u202F][;!?]/.test(form))).toEqual([]);
    expect(forms.filter((form) => form.includes("'"))).toEqual([]);
    expect(forms.filter((form) => form.includes('\u00A0:')).length).toBeGreaterThan(3);
  });

  it('print the plural form for the count in French and German', () => {
    const fr = labelsOf('fr');
    const de = labelsOf('de');
    expect([0, 1, 1.5, 2].map((n) => formatLabel(fr.points, 'fr', { n }))).toEqual(['0 point', '1 point', '1,5 point', '2 points']);
    expect([1, 2].map((n) => formatLabel(fr.resultCorrect, 'fr', { n }))).toEqual(['Bonne réponse\u00A0: 1 point sur 1.', 'Bonne réponse\u00A0: 2 points sur 2.']);
    expect([1, 2].map((n) => formatLabel(fr.resultIncorrect, 'fr', { n }))).toEqual(['Mauvaise réponse\u00A0: 0 point sur 1.', 'Mauvaise réponse\u00A0: 0 point sur 2.']);
    expect([1, 2].map((n) => formatLabel(fr.pointsShort, 'fr', { n }))).toEqual(['1 pt', '2 pts']);
    expect([0, 1, 2].map((n) => formatLabel(de.points, 'de', { n }))).toEqual(['0 Punkte', '1 Punkt', '2 Punkte']);
    expect([1, 2].map((n) => formatLabel(de.resultCorrect, 'de', { n }))).toEqual(['Richtig: 1 von 1 Punkt.', 'Richtig: 2 von 2 Punkten.']);
    expect(formatLabel(de.yourScoreFor, 'de', { criterion: 'Konzepte', max: 6 })).toBe('Ihre Punkte für Konzepte (0 bis 6)');
  });

  it("are found by the exact tag, else by the tag's language, else not at all", () => {
    expect(builtInLabels('de-CH')).toEqual(builtInLabels('de'));
    expect(builtInLabels('DE-ch')).toEqual(builtInLabels('de'));
    expect(builtInLabels('pt-BR')).toEqual(builtInLabels('pt'));
    expect(builtInLabels('fr-Latn-CA')).toEqual(builtInLabels('fr'));
    // As the tag's canonical form: ISO 639-2 `deu` is `de`.
    expect(builtInLabels('deu')).toEqual(builtInLabels('de'));
    for (const none of ['en', 'en-GB', 'sv', 'not a tag', '']) expect(builtInLabels(none), none).toBeNull();
  });

  it('are handed out as copies', () => {
    const first = labelsOf('de');
    first.submit = 'Los';
    (first.points as { other: string }).other = '{n} Pkte';
    expect(labelsOf('de').submit).toBe('Absenden');
    expect(labelsOf('de').points).toEqual({ one: '{n} Punkt', other: '{n} Punkte' });
  });
});

describe("a course's labels", () => {
  it("are its language's built-in ones, found by the language of a regional tag", () => {
    const { config, problems } = readConfig(JSON.stringify({ language: 'de-CH' }));
    expect(problems).toEqual([]);
    expect(config.language).toBe('de-CH');
    expect(config.labels).toEqual(builtInLabels('de'));
    expect(config.labels.selfEvaluation).toBe('Selbsteinschätzung');
    expect(readConfig(JSON.stringify({ language: 'pt-BR' })).config.labels).toEqual(builtInLabels('pt'));
  });

  it("take the author's labels over the built-in ones, wherever `labels` stands beside `language`", () => {
    const labels = { submit: 'Envoyer', points: { one: '{n} pt', other: '{n} pts' } };
    for (const text of [JSON.stringify({ labels, language: 'fr' }), JSON.stringify({ language: 'fr', labels })]) {
      const { config, problems } = readConfig(text);
      expect(problems).toEqual([]);
      expect(config.labels).toEqual({ ...builtInLabels('fr'), ...labels });
      expect([config.labels.submit, config.labels.compare]).toEqual(['Envoyer', 'Comparer']);
    }
  });

  it('stay English in a language without built-in ones, and when the language is not a tag', () => {
    expect(readConfig(JSON.stringify({ language: 'sv', labels: { submit: 'Skicka' } })).config.labels).toEqual({ ...DEFAULT_LABELS, submit: 'Skicka' });
    const { config, problems } = readConfig(JSON.stringify({ language: 'Deutsch' }));
    expect(problems.map((p) => p.pointer)).toEqual(['/language']);
    expect(config.labels).toEqual(DEFAULT_LABELS);
  });

  it('keep the built-in label where the configured one is reported', () => {
    const { config, problems } = readConfig(JSON.stringify({ labels: { points: 'Punkte', submit: 'Los' }, language: 'de' }));
    expect(problems.map((p) => p.pointer)).toEqual(['/labels/points']);
    expect(config.labels).toEqual({ ...builtInLabels('de'), submit: 'Los' });
  });

  it('are in the model, find module numbers written their way, and are printed without being passed along', async () => {
    const build = await courseFromFiles({
      'coursepack.config.json': JSON.stringify({ language: 'es' }),
      'm1/06_revision.md': '# 06. Repaso del Módulo 4 — Registros\n\n## Completion gate\n\n- [ ] Hecho.\n',
    });
    expect(build.diagnostics).toEqual([]);
    expect(build.course.labels).toEqual(builtInLabels('es'));
    expect(build.course.modules[0]?.number).toBe(4);
    expect(translator(build.course)('points', { n: 2 })).toBe('2 puntos');
    // Print options with a language and no labels print the language's.
    expect(translator({ language: 'it' })('submit')).toBe('Invia');
    expect(translator({ language: 'sv' })('submit')).toBe('Submit');
  });
});
