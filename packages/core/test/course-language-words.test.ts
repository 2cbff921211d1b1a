import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const review = (checkpoint: string) => `# 06. Modul 1 Rückblick — Register\n\n## Checkpoint\n\n### Angewandt\n\n${checkpoint}\n\n## Completion gate\n\n- [ ] Fertig.\n`;

async function questionsOf(language: string, checkpoint: string, labels?: Record<string, string>) {
  const build = await courseFromFiles({
    'coursepack.config.json': JSON.stringify({ language, ...(labels ? { labels } : {}) }),
    'm1/06_revision.md': review(checkpoint),
  });
  const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
  return { questions, diagnostics: build.diagnostics.map((d) => `${d.code} ${d.place.line}: ${d.message}`) };
}

describe('answer lines and labelled quotes in the course language', () => {
  it('read the course’s own word for the answer, wherever `Answer:` is read', async () => {
    const { questions, diagnostics } = await questionsOf(
      'de',
      [
        '1. Wie viele Stufen hat der Lebenszyklus?\n\n   Antwort: 4',
        '2. Wie heißt das bewegliche Etikett?\n   **Antwort:** Alias | Modell-Alias',
        '3. Wie viele Sekunden?\n\n   - antwort: 90 ± 5',
        '4. Welche Version ist unveränderlich?\n\n   a) Der Alias\n   b) Die Version\n\n   Antwort: b',
        '5. Und auf Englisch?\n\n   Answer: 7',
      ].join('\n\n'),
    );
    expect(diagnostics.filter((d) => !d.startsWith('checkpoint-group-unscored'))).toEqual([]);
    expect(questions.map((q) => [q.kind, q.answers, q.numeric, q.prompt.text])).toEqual([
      ['numeric', ['4'], { value: 4, tolerance: 0 }, 'Wie viele Stufen hat der Lebenszyklus?'],
      ['short', ['Alias', 'Modell-Alias'], null, 'Wie heißt das bewegliche Etikett?'],
      ['numeric', ['90 ± 5'], { value: 90, tolerance: 5 }, 'Wie viele Sekunden?'],
      ['single', [], null, 'Welche Version ist unveränderlich?'],
      ['numeric', ['7'], { value: 7, tolerance: 0 }, 'Und auf Englisch?'],
    ]);
    expect(questions[3]?.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([['Der Alias', false], ['Die Version', true]]);
  });

  it('take the colon after a space, as French writes it, and a word the configuration gives', async () => {
    const french = await questionsOf('fr', '1. Combien d’étapes ?\n\n   Réponse : 4');
    expect(french.questions[0]?.numeric).toEqual({ value: 4, tolerance: 0 });
    const own = await questionsOf('en', '1. How many stages?\n\n   Key answer: 4', { answer: 'Key answer' });
    expect(own.questions[0]?.numeric).toEqual({ value: 4, tolerance: 0 });
  });

  it('still warn about another language’s word, naming the words this course reads', async () => {
    const english = await questionsOf('en', '1. How many stages?\n\n   Antwort: 4');
    expect(english.questions[0]?.kind).toBe('open');
    expect(english.diagnostics.filter((d) => d.startsWith('answer-label-unread'))).toEqual([
      'answer-label-unread 9: `Antwort:` reads like an answer, but only `Answer:` starts one: this paragraph is shown to learners as part of the question; write `Answer: …` (or `> Model answer: …` for an open question)',
    ]);
    const german = await questionsOf('de', '1. Wie viele Stufen?\n\n   Lösung: 4');
    expect(german.diagnostics.filter((d) => d.startsWith('answer-label-unread'))).toEqual([
      'answer-label-unread 9: `Lösung:` reads like an answer, but only `Answer:` or `Antwort:` starts one: this paragraph is shown to learners as part of the question; write `Antwort: …` (or `> Model answer: …` for an open question)',
    ]);
  });

  it('read quotes labelled with the course’s own words as model answers and feedback', async () => {
    const { questions } = await questionsOf(
      'de',
      [
        '1. Warum bleibt eine Version unverändert?\n\n   > **Musterlösung:** Damit man den Fehler untersuchen kann.',
        '2. Was ist unveränderlich?\n   - [x] Die Version\n   - [ ] Der Alias\n\n   > Bei richtiger Antwort: Genau.\n   > Bei falscher Antwort: Nein, der Alias wandert.\n\n   > Feedback: Siehe §2.1.',
        '3. Und auf Englisch?\n\n   > Model answer: Still read.',
      ].join('\n\n'),
    );
    expect(questions[0]?.modelAnswer?.text).toBe('Damit man den Fehler untersuchen kann.');
    expect(questions[0]?.modelAnswer?.markdown).toBe('Damit man den Fehler untersuchen kann.');
    expect(questions[1]?.feedback).toMatchObject({ correct: { text: 'Genau.' }, incorrect: { text: 'Nein, der Alias wandert.' }, general: { text: 'Siehe §2.1.' } });
    expect(questions[2]?.modelAnswer?.text).toBe('Still read.');
  });
});

describe('the focus line in the course language', () => {
  it('is read after the course’s own `focus` label, bold or with a colon, as after `Focus:`', async () => {
    const focusOf = async (language: string, line: string) => {
      const build = await courseFromFiles({
        'coursepack.config.json': JSON.stringify({ language }),
        'm1/06_revision.md': `# 06. Modul 1 Rückblick — Register\n\n${line}\n\n## Completion gate\n\n- [ ] Fertig.\n`,
      });
      return build.course.modules[0]?.focus?.text ?? null;
    };
    expect(await focusOf('de', '**Schwerpunkt:** Versionen und Aliase.')).toBe('Versionen und Aliase.');
    expect(await focusOf('de', '> Schwerpunkt: Versionen und Aliase.')).toBe('Versionen und Aliase.');
    expect(await focusOf('de', '**Focus:** still read.')).toBe('still read.');
    expect(await focusOf('fr', '**Au programme :** versions et alias.')).toBe('versions et alias.');
    expect(await focusOf('en', '**Schwerpunkt:** not in an English course.')).toBe(null);
    expect(await focusOf('en', '**Focused practice** makes it stick.')).toBe(null);
  });
});
