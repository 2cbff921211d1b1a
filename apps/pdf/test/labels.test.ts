import { describe, expect, test } from 'vitest';
import { courseFromFiles } from '@coursepack/test-kit';
import { renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { documentData } from '../src/internal/document-data.js';
import { squash } from './order.js';
import { hasPoppler, pdfPages } from './poppler.js';

const REVIEW = `# 06. Modul 3 Review — Register

**Focus:** Versionen und Aliase.

## Review loop

1. Lies den Text noch einmal.

## Embedded checkpoint

### Konzepte

1. Warum gibt es Aliase?
2. Welche sind unveränderlich? {points=2}
   - [x] Versionen
   - [x] Registrierte Modelle
   - [ ] Aliase
   > Correct: Genau.
3. Welche Version ist Champion?

   Answer: 8

## Self-evaluation

| Bereich | Punkte | / |
|---|---|---|
| Konzepte | __ | 4 |
| **Total** | __ | **4** |

## Completion gate

- [ ] Ich kann Aliase erklären.
`;

const LABELS = {
  worksheet: 'Arbeitsblatt',
  instructorKey: 'Lösungsblatt',
  worksheets: 'Arbeitsblätter',
  courseBooklet: 'Kursheft',
  contents: 'Inhalt',
  moduleNumber: 'Modul {n}',
  pageOf: 'Seite {page} von {pages}',
  date: 'Datum',
  score: 'Punkte',
  focus: 'Schwerpunkt',
  reviewLoop: 'Wiederholung',
  checkpoint: 'Lernkontrolle',
  selfEvaluation: 'Selbsteinschätzung',
  criterion: 'Bereich',
  total: 'Summe',
  completionGate: 'Abschluss',
  tickEvery: 'Kreuze alle zutreffenden Antworten an.',
  answer: 'Antwort',
  correctChoice: 'richtig',
  noModelAnswerKey: 'Keine Musterlösung; nach der Tabelle bewerten.',
  whenCorrect: 'Wenn richtig',
  pointsShort: { one: '{n} Pkt.', other: '{n} Pkt.' },
};

describe.skipIf(!hasPoppler())("the PDFs print the course's labels", () => {
  test('on the worksheet, the key and the booklet, in the course language', async () => {
    const build = await courseFromFiles({ 'coursepack.config.json': JSON.stringify({ title: 'KI-Technik', language: 'de', labels: LABELS }), 'm3/06_revision.md': REVIEW });
    expect(build.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture has no module');
    const options = { language: build.course.language, labels: build.course.labels };
    const worksheet = squash(pdfPages(renderWorksheet(module, options)).join('\n'));
    for (const text of ['MODUL 3 · ARBEITSBLATT', 'Schwerpunkt:', 'Name', 'Datum', 'Punkte', 'Wiederholung', 'Lernkontrolle', 'Kreuze alle zutreffenden Antworten an.', 'Antwort', 'Selbsteinschätzung', 'Bereich', 'Max', 'Summe', 'Abschluss', 'Seite 1 von 1']) {
      expect(worksheet, text).toContain(squash(text));
    }
    for (const english of ['Worksheet', 'Review loop', 'Checkpoint', 'Tick every', 'Page 1']) expect(worksheet).not.toContain(english);
    const key = squash(pdfPages(renderKey(module, options)).join('\n'));
    for (const text of ['MODUL 3 · LÖSUNGSBLATT', 'RICHTIG', 'WENN RICHTIG', 'Keine Musterlösung; nach der Tabelle bewerten.', '2 Pkt.', '1 Pkt.']) expect(key, text).toContain(squash(text));
    expect(key).not.toMatch(/\bpts?\b/);
    const booklet = squash(pdfPages(renderBooklet(build.course)).join('\n'));
    for (const text of ['KURSHEFT · ARBEITSBLÄTTER', 'INHALT', 'MODUL 3 · ARBEITSBLATT']) expect(booklet, text).toContain(squash(text));
  });
});

describe.skipIf(!hasPoppler())('labels run into the text after them', () => {
  test('as the course language writes them: French puts a no-break space before the colon', async () => {
    const review = REVIEW.replace('# 06. Modul 3 Review', '# 06. Module 3 Review');
    const french = await courseFromFiles({ 'coursepack.config.json': JSON.stringify({ title: 'IA', language: 'fr' }), 'm3/06_revision.md': review });
    const module = french.course.modules[0];
    if (!module) throw new Error('fixture has no module');
    const print = { language: 'fr', labels: french.course.labels };
    // The space is a no-break one in the data typeset (pdftotext prints it as a plain space).
    expect(documentData([module], 'worksheet', print, null).labels.focus).toBe('Au programme\u00A0:');
    expect(pdfPages(renderWorksheet(module, print)).join('\n')).toContain('Au programme : Versionen');
    const english = pdfPages(renderWorksheet(module)).join('\n');
    expect(english).toContain('Focus: Versionen');
  });
});
