import { readFileSync } from 'node:fs';
import { DEFAULT_LABELS, courseSchema, formatLabel, formatNumber, labelAround, readConfig, translator } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Labels\n\n## Completion gate\n\n- [ ] Done.\n';

describe('labels', () => {
  it('are English unless configured, and a configured one replaces its default in the model', async () => {
    const build = await courseFromFiles({
      'coursepack.config.json': JSON.stringify({ language: 'sv', labels: { submit: 'Skicka', points: { one: '{n} poäng', other: '{n} poäng' } } }),
      'm1/06_revision.md': REVIEW,
    });
    expect(build.diagnostics).toEqual([]);
    expect(build.course.labels).toEqual({ ...DEFAULT_LABELS, submit: 'Skicka', points: { one: '{n} poäng', other: '{n} poäng' } });
    const t = translator(build.course);
    expect([t('submit'), t('points', { n: 1 }), t('points', { n: 3 }), t('compare')]).toEqual(['Skicka', '1 poäng', '3 poäng', 'Compare']);
  });

  it('pick the plural form of the language for the count, and fill in every placeholder', () => {
    const russian = { one: '{n} балл', few: '{n} балла', many: '{n} баллов', other: '{n} балла' };
    expect([1, 2, 5, 21, 1.5].map((n) => formatLabel(russian, 'ru', { n }))).toEqual(['1 балл', '2 балла', '5 баллов', '21 балл', '1,5 балла']);
    // Numbers as the language writes them: its decimal sign, Latin digits, no grouping.
    expect(formatLabel(DEFAULT_LABELS.points, 'en', { n: 1.5 })).toBe('1.5 points');
    expect(formatLabel({ one: '{n} Punkt', other: '{n} Punkte' }, 'de', { n: 2.25 })).toBe('2,25 Punkte');
    expect(formatLabel(DEFAULT_LABELS.moduleNumber, 'en', { n: 1200 })).toBe('Module 1200');
    expect(formatNumber(2.5, 'ar-EG')).toBe('2.5');
    expect(formatLabel('SCORM {version}', 'de', { version: '1.2' })).toBe('SCORM 1.2');
    // A category the label does not give falls back to `other`.
    expect(formatLabel({ other: '{n} نقاط' }, 'ar', { n: 2 })).toBe('2 نقاط');
    expect(formatLabel(DEFAULT_LABELS.yourScoreFor, 'en', { criterion: 'Conceptual', max: 6 })).toBe('Your score for Conceptual (0 to 6)');
    expect(formatLabel(DEFAULT_LABELS.reportedToLms, 'en')).toBe('Progress is reported to your LMS (SCORM {version}).');
    // Where something other than text takes the placeholder's place, or follows a label without one.
    expect(labelAround('+ {n} from answers', 'n', [0])).toEqual(['+ ', 0, ' from answers']);
    expect(labelAround('Siehe:', 'links', [1, 2])).toEqual(['Siehe: ', 1, 2]);
  });

  it('that are unknown, in the wrong form or with a placeholder they are never given are reported and left as they were', () => {
    const { config, problems } = readConfig(
      JSON.stringify({
        labels: {
          sumbit: 'Go',
          points: 'Punkte',
          total: { one: 'x', other: 'y' },
          fromAnswers: '+ {count} aus Antworten',
          resultCorrect: { one: 'Richtig', dual: 'x', other: 'Richtig: {n}' },
          submit: 42,
          compare: 'Vergleichen',
        },
      }),
    );
    expect(problems.map((p) => `${p.pointer} ${p.message}`)).toEqual([
      '/labels/sumbit Unknown label `sumbit`; see docs/authoring.md for every label',
      '/labels/points Label `points` shows a count: give its forms by plural category, such as { "one": …, "other": … }',
      '/labels/total Label `total` must be a string',
      '/labels/fromAnswers Label `fromAnswers` uses {count}, which it is never given; it has {n}',
      '/labels/resultCorrect Label `resultCorrect` may only give strings for the plural categories zero, one, two, few, many, other',
      '/labels/submit Label `submit` must be a string',
    ]);
    expect(config.labels).toEqual({ ...DEFAULT_LABELS, compare: 'Vergleichen' });
  });

  it('find the module number where the H1 writes it with the `moduleNumber` label, as `Module N` in English', async () => {
    const review = (title: string) => ({ 'm1/06_revision.md': `# ${title}\n\n## Completion gate\n\n- [ ] Done.\n` });
    const numberOf = async (title: string, moduleNumber?: string) =>
      (await courseFromFiles({ ...review(title), ...(moduleNumber ? { 'coursepack.config.json': JSON.stringify({ labels: { moduleNumber } }) } : {}) })).course.modules[0]?.number;
    expect(await numberOf('06. Modul 4 Review — Register')).toBe(6);
    expect(await numberOf('06. Modul 4 Review — Register', 'Modul {n}')).toBe(4);
    expect(await numberOf('06. MODUL 12: Wiederholung', 'Modul {n}')).toBe(12);
    expect(await numberOf('06. Revisión del 7.º módulo', '{n}.º módulo')).toBe(7);
    // Not inside another word or number.
    expect(await numberOf('06. Submodul 4', 'Modul {n}')).toBe(6);
    expect(await numberOf('06. Module 17 Review', 'Modul {n}')).toBe(17);
  });

  it('are all in the published schema', () => {
    const labels = (courseSchema['properties'] as Record<string, { required: string[] }>)['labels'];
    expect(labels?.required).toEqual(Object.keys(DEFAULT_LABELS));
  });

  it('are each in the authoring guide with their English text', () => {
    const guide = readFileSync(new URL('../../../docs/authoring.md', import.meta.url), 'utf8');
    const table = guide.slice(guide.indexOf('| Label | English |'));
    const rows = [...table.matchAll(/^\| `(\w+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]]);
    const english = Object.entries(DEFAULT_LABELS).map(([key, text]) => [key, typeof text === 'string' ? text : Object.entries(text).map(([c, f]) => `${c}: ${f}`).join('; ')]);
    expect(rows).toEqual(english);
  });
});
