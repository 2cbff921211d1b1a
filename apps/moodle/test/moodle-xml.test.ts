import type { Course, Question } from '@coursepack/core';
import type { ExportResult } from '@coursepack/export-kit';
import { stripInvalidXmlChars, withoutPageLinks } from '@coursepack/export-kit';
import path from 'node:path';
import { exportableModules, loadCourse } from '@coursepack/core';
import { courseFromFiles, EVERY_KIND_FILES } from '@coursepack/test-kit';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { categoryPath, graderInfoHtml, moodleExporter, plainNumber, questionName, questionSets } from '../src/index.js';

type Node = Record<string, unknown>;

// Moodle's grade list (question_bank::fraction_options_full), which imports are matched against.
const GRADES = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];
const isMoodleGrade = (percent: number): boolean => GRADES.some((g) => Math.abs(Math.abs(percent) / 100 - g) < 0.00001);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'question' || name === 'answer',
});

const decoder = new TextDecoder();

function parseQuiz(result: ExportResult, path: string): Node[] {
  const file = result.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  const xml = decoder.decode(file.bytes);
  expect(XMLValidator.validate(xml)).toBe(true);
  return ((parser.parse(xml) as { quiz: { question: Node[] } }).quiz.question);
}

function text(node: unknown): string {
  const t = (node as { text?: unknown } | undefined)?.text;
  return typeof t === 'string' ? t : '';
}

const html = (rich: { html: string } | null | undefined): string => stripInvalidXmlChars(rich?.html ?? '');
const join = (...parts: string[]): string => parts.filter((p) => p !== '').join('\n');

/** Check one parsed `<question>` against the model, kind by kind. */
function expectQuestion(node: Node, question: Question, groupTitle: string, group: Parameters<typeof questionName>[0]): void {
  expect(text(node['name'])).toBe(stripInvalidXmlChars(questionName(group, question)));
  expect(text(node['questiontext'])).toBe(html(question.prompt));
  expect(node['idnumber']).toBe(question.uid);
  expect(Number(node['defaultgrade'])).toBe(question.points);
  expect(text(node['generalfeedback'])).toBe(html(question.feedback.general));
  const answers = (node['answer'] ?? []) as Node[];
  switch (question.kind) {
    case 'open':
      expect(node['@type']).toBe('essay');
      expect([node['responseformat'], node['responserequired']]).toEqual(['editor', '1']);
      expect(text(node['graderinfo'])).toBe(stripInvalidXmlChars(graderInfoHtml(question)));
      if (question.modelAnswer) expect(text(node['graderinfo'])).toContain(html(question.modelAnswer));
      for (const ref of question.references) for (const s of ref.sections) expect(text(node['graderinfo'])).toContain(s.raw);
      break;
    case 'single':
    case 'multiple': {
      expect(node['@type']).toBe('multichoice');
      expect(node['single']).toBe(question.kind === 'single' ? 'true' : 'false');
      expect(text(node['correctfeedback'])).toBe(html(question.feedback.correct));
      expect(text(node['incorrectfeedback'])).toBe(html(question.feedback.incorrect));
      expect(answers.map((a) => text(a))).toEqual(question.choices.map((c) => html(c.text)));
      expect(answers.map((a) => text(a['feedback']))).toEqual(question.choices.map((c) => html(c.feedback)));
      const fractions = answers.map((a) => Number(a['@fraction']));
      expect(fractions.every(isMoodleGrade), `${groupTitle}: ${fractions.join(' ')}`).toBe(true);
      const correct = question.choices.map((c) => c.isCorrect);
      expect(fractions.map((f) => f > 0)).toEqual(correct);
      if (question.kind === 'multiple') {
        // Moodle refuses a multiple-answer question whose positive grades do not round to 100%.
        expect(Math.round(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0) / 100 * 100) / 100).toBe(1);
        expect(fractions.filter((f) => f <= 0).every((f) => f < 0)).toBe(true);
      } else {
        expect(Math.max(...fractions)).toBe(100);
      }
      break;
    }
    case 'true-false': {
      expect(node['@type']).toBe('truefalse');
      const isTrue = question.choices.find((c) => c.text.text.toLowerCase() === 'true')?.isCorrect === true;
      expect(answers.map((a) => [text(a), a['@fraction']])).toEqual([['true', isTrue ? '100' : '0'], ['false', isTrue ? '0' : '100']]);
      const trueChoice = question.choices.find((c) => c.text.text.toLowerCase() === 'true');
      const overall = isTrue ? question.feedback.correct : question.feedback.incorrect;
      expect(text(answers[0]?.['feedback'])).toBe(join(html(trueChoice?.feedback), html(overall)));
      break;
    }
    case 'short':
      expect(node['@type']).toBe('shortanswer');
      expect(node['usecase']).toBe('0');
      expect(answers.filter((a) => a['@fraction'] === '100').map((a) => text(a).replace(/\\\*/g, '*'))).toEqual(question.answers);
      for (const a of answers.filter((x) => x['@fraction'] === '100')) expect(text(a['feedback'])).toBe(html(question.feedback.correct));
      expect(answers.filter((a) => a['@fraction'] === '0').map((a) => [text(a), text(a['feedback'])])).toEqual(question.feedback.incorrect ? [['*', html(question.feedback.incorrect)]] : []);
      break;
    case 'numeric':
      expect(node['@type']).toBe('numerical');
      expect([Number(text(answers[0])), Number(answers[0]?.['tolerance']), answers[0]?.['@fraction']]).toEqual([question.numeric?.value, question.numeric?.tolerance, '100']);
      expect(text(answers[0]?.['feedback'])).toBe(html(question.feedback.correct));
      break;
  }
}

function expectModules(nodes: Node[], course: Course, moduleIds: string[]): void {
  let at = 0;
  // As carried without pages: a link to a module file is inert.
  for (const module of course.modules.filter((m) => moduleIds.includes(m.id)).map((m) => withoutPageLinks(m))) {
    for (const set of questionSets(course, module)) {
      const category = nodes[at++];
      expect(category?.['@type']).toBe('category');
      expect(text(category?.['category'])).toBe(categoryPath(set.category));
      for (const question of set.group.questions) expectQuestion(nodes[at++] ?? {}, question, set.group.title, set.group);
    }
  }
  expect(at).toBe(nodes.length);
}

describe('moodle exporter', async () => {
  const build = await courseFromFiles(EVERY_KIND_FILES);
  const { course, documents } = build;
  const options = { toolVersion: '0.0.0-test' };

  it('builds the fixture without diagnostics and with every question kind', () => {
    expect(build.diagnostics).toEqual([]);
    const kinds = new Set(course.modules.flatMap((m) => [...m.checkpoint.groups, ...m.recall.groups].flatMap((g) => g.questions.map((q) => q.kind))));
    expect([...kinds].sort()).toEqual(['multiple', 'numeric', 'open', 'short', 'single', 'true-false']);
  });

  it('writes each module as categories and questions that match the model, question by question', async () => {
    for (const module of course.modules) {
      const result = await moodleExporter.exportModule!(module, { course, documents }, options);
      expect(result.files.map((f) => f.path)).toEqual([`${module.id}.moodle.xml`]);
      expectModules(parseQuiz(result, `${module.id}.moodle.xml`), course, [module.id]);
    }
  });

  it('writes the course file with every module in order', async () => {
    const result = await moodleExporter.exportCourse!({ course, documents }, options);
    expectModules(parseQuiz(result, 'course.moodle.xml'), course, course.modules.map((m) => m.id));
  });

  it('puts recall questions in a category of their own under the module', async () => {
    const module = course.modules[0]!;
    const nodes = parseQuiz(await moodleExporter.exportModule!(module, { course, documents }, options), `${module.id}.moodle.xml`);
    const categories = nodes.filter((n) => n['@type'] === 'category').map((n) => text(n['category']));
    expect(categories).toEqual([
      '$course$/Fixture // Course & Co/Module 1 Review — Kinds & <Tricks>/Conceptual',
      '$course$/Fixture // Course & Co/Module 1 Review — Kinds & <Tricks>/Applied',
      '$course$/Fixture // Course & Co/Module 1 Review — Kinds & <Tricks>/Daily recall/Day 1 — Basics',
      '$course$/Fixture // Course & Co/Module 1 Review — Kinds & <Tricks>/Daily recall/Day 2 — Numbers',
    ]);
  });

  it('keeps hostile text well-formed and round-trips it (&, <, ]]>, control characters dropped)', async () => {
    // Core already drops control characters from markdown; a model from elsewhere (JSON) may still hold one.
    const parsed = course.modules[0]!;
    const first = parsed.checkpoint.groups[1]!.questions[0]!;
    const bell = { ...first, prompt: { ...first.prompt, html: first.prompt.html.replace('</p>', '\u0007</p>') } };
    const groups = parsed.checkpoint.groups.map((g, i) => (i === 1 ? { ...g, questions: [bell, ...g.questions.slice(1)] } : g));
    const module = { ...parsed, checkpoint: { ...parsed.checkpoint, groups } };
    const result = await moodleExporter.exportModule!(module, { course, documents }, options);
    const xml = decoder.decode(result.files[0]!.bytes);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const hostile = module.checkpoint.groups[1]!.questions[0]!;
    expect(hostile.prompt.html).toContain(']]>');
    expect(hostile.prompt.html).toContain('\u0007');
    const node = parseQuiz(result, `${module.id}.moodle.xml`).find((n) => n['idnumber'] === hostile.uid)!;
    expect(text(node['questiontext'])).toBe(hostile.prompt.html.replace('\u0007', ''));
    expect(text(node['name'])).toContain('& amp…');
  });

  it('reports what Moodle XML cannot carry, once per module', async () => {
    const result = await moodleExporter.exportModule!(course.modules[0]!, { course, documents }, options);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.module, d.message])).toEqual([
      ['moodle-questions-only', 'info', '01_kinds', 'Moodle XML carries questions only, so the self-evaluation rubric, the completion gate, the reflection prompts and the review loop of this module are not exported'],
    ]);
    expect(result.diagnostics[0]?.url).toMatch(/moodle-questions-only\.md$/);
    expect((await moodleExporter.exportCourse!({ course, documents }, options)).diagnostics).toEqual([]);
  });

  it('says "is" of the one part a module leaves out', async () => {
    const only = await courseFromFiles({ 'm/06_revision.md': '# 06. Review\n\n## Embedded checkpoint\n\n### Recall\n\n1. Pick one.\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n' });
    const result = await moodleExporter.exportModule!(only.course.modules[0]!, { course: only.course, documents: only.documents }, options);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['Moodle XML carries questions only, so the completion gate of this module is not exported']);
  });

  it('writes no bank for a module without a question it can carry, which Moodle would refuse, and says so once', async () => {
    const none = await courseFromFiles({
      'a/06_revision.md': '# 06. Review\n\n## Completion gate\n\n- [ ] Done.\n',
      // Its one question is left out (too many correct choices), so its bank would hold only categories.
      'b/06_revision.md': `# 06. Review\n\n## Embedded checkpoint\n\n### Many\n\n1. Pick all.\n${Array.from({ length: 11 }, (_, i) => `   - [x] Choice ${i + 1}`).join('\n')}\n`,
    });
    const input = { course: none.course, documents: none.documents };
    const [a, b] = await Promise.all(none.course.modules.map((m) => moodleExporter.exportModule!(m, input, options)));
    expect(a?.files).toEqual([]);
    expect(a?.diagnostics.map((d) => [d.code, d.severity, d.module])).toEqual([['moodle-no-questions', 'info', 'a']]);
    expect(b?.files).toEqual([]);
    expect(b?.diagnostics.map((d) => d.code)).toEqual(['moodle-question-skipped', 'moodle-no-questions']);
    expect((await moodleExporter.exportCourse!(input, options)).files).toEqual([]);
  });

  it('leaves out, with a warning, a multiple-answer question Moodle cannot grade', async () => {
    const choices = Array.from({ length: 11 }, (_, i) => `   - [x] Choice ${i + 1}`).join('\n');
    const odd = await courseFromFiles({ 'm/06_revision.md': `# 06. Review\n\n## Embedded checkpoint\n\n### Many\n\n1. Pick all.\n${choices}\n   - [ ] Wrong\n` });
    const module = odd.course.modules[0]!;
    const result = await moodleExporter.exportModule!(module, { course: odd.course, documents: odd.documents }, options);
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.code, d.place.line])).toEqual([['moodle-question-skipped', 7]]);
    // It was the module's only question, so there is no bank to write (see below).
    expect(result.files).toEqual([]);
  });

  it('gives the same bytes on every build', async () => {
    const again = await courseFromFiles(EVERY_KIND_FILES);
    const a = await moodleExporter.exportCourse!({ course, documents }, options);
    const b = await moodleExporter.exportCourse!({ course: again.course, documents: again.documents }, options);
    expect(Buffer.from(b.files[0]!.bytes).equals(Buffer.from(a.files[0]!.bytes))).toBe(true);
  });

  it('writes numbers as plain decimals', () => {
    expect([plainNumber(3), plainNumber(-0.5), plainNumber(1e-7), plainNumber(1.5e-7), plainNumber(1e21), plainNumber(2 / 3)]).toEqual(['3', '-0.5', '0.0000001', '0.00000015', '1000000000000000000000', '0.6666666666666666']);
  });

  it('exports the bundled content, every module matching the model question by question', async () => {
    const real = await loadCourse(path.resolve(import.meta.dirname, '../../../content'));
    const modules = exportableModules(real);
    expect(modules.length).toBeGreaterThan(0);
    const input = { course: { ...real.course, modules }, documents: real.documents };
    for (const module of modules) {
      const result = await moodleExporter.exportModule!(module, input, options);
      expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expectModules(parseQuiz(result, `${module.id}.moodle.xml`), input.course, [module.id]);
    }
    expectModules(parseQuiz(await moodleExporter.exportCourse!(input, options), 'course.moodle.xml'), input.course, modules.map((m) => m.id));
  });
});
