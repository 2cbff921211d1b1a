import { stripInvalidXmlChars, withoutPageLinks } from '@coursepack/export-kit';
import { categoryPath, choiceFractions, questionName, questionSets, referencesHtml } from '@coursepack/moodle';
import path from 'node:path';
import type { Course, DocumentSet, Module, Question } from '@coursepack/core';
import { exportableModules, loadCourse } from '@coursepack/core';
import { courseFromFiles, EVERY_KIND_FILES } from '@coursepack/test-kit';
import gift from 'gift-pegjs';
import type { GIFTQuestion, NumericalChoice, TextChoice } from 'gift-pegjs';
import { withoutLocalImages } from '../src/internal/without-local-images.js';
import { describe, expect, it } from 'vitest';
import { giftExporter } from '../src/index.js';

const decoder = new TextDecoder();
const html = (rich: { html: string } | null | undefined): string => stripInvalidXmlChars(rich?.html ?? '');
const join = (...parts: string[]): string => parts.filter((p) => p !== '').join('\n');
const feedbackText = (f: { text: string } | null | undefined): string => f?.text ?? '';

const TYPES: Record<Question['kind'], GIFTQuestion['type']> = { open: 'Essay', single: 'MC', multiple: 'MC', 'true-false': 'TF', short: 'Short', numeric: 'Numerical' };

/** Check one parsed GIFT question against the model. */
function expectQuestion(parsed: GIFTQuestion | undefined, question: Question): void {
  if (!parsed || parsed.type === 'Category' || parsed.type === 'Description') throw new Error(`expected ${question.uid}, got ${parsed?.type}`);
  expect([parsed.id, parsed.type]).toEqual([question.uid, TYPES[question.kind]]);
  expect(parsed.stem).toEqual({ format: 'html', text: html(question.prompt) });
  switch (parsed.type) {
    case 'Essay':
      expect(feedbackText(parsed.globalFeedback)).toBe(join(referencesHtml(question.references), html(question.feedback.general)));
      break;
    case 'MC': {
      expect(feedbackText(parsed.globalFeedback)).toBe(html(question.feedback.general));
      expect(parsed.choices.map((c: TextChoice) => c.text.text)).toEqual(question.choices.map((c) => html(c.text)));
      if (question.kind === 'multiple') {
        expect(parsed.choices.map((c: TextChoice) => c.weight)).toEqual(choiceFractions(question)!.map(Number));
        expect(parsed.choices.map((c: TextChoice) => feedbackText(c.feedback))).toEqual(question.choices.map((c) => html(c.feedback)));
      } else {
        expect(parsed.choices.map((c: TextChoice) => c.isCorrect)).toEqual(question.choices.map((c) => c.isCorrect));
        const overall = (isCorrect: boolean): string => html(isCorrect ? question.feedback.correct : question.feedback.incorrect);
        expect(parsed.choices.map((c: TextChoice) => feedbackText(c.feedback))).toEqual(question.choices.map((c) => join(html(c.feedback), overall(c.isCorrect))));
      }
      break;
    }
    case 'TF': {
      const isTrue = question.choices.find((c) => c.text.text.toLowerCase() === 'true')?.isCorrect === true;
      expect(parsed.isTrue).toBe(isTrue);
      // gift-pegjs names the two feedbacks by position; Moodle reads the first for a wrong answer.
      const right = question.choices.find((c) => c.isCorrect);
      const wrong = question.choices.find((c) => !c.isCorrect);
      expect([feedbackText(parsed.trueFeedback), feedbackText(parsed.falseFeedback)]).toEqual([
        join(html(wrong?.feedback), html(question.feedback.incorrect)),
        join(html(right?.feedback), html(question.feedback.correct)),
      ]);
      break;
    }
    case 'Short': {
      const accepted = parsed.choices.filter((c: TextChoice) => c.weight === null);
      expect(accepted.map((c: TextChoice) => c.text.text.replace(/\\\*/g, '*'))).toEqual(question.answers);
      for (const c of accepted) expect(feedbackText(c.feedback)).toBe(html(question.feedback.correct));
      const other = parsed.choices.filter((c: TextChoice) => c.weight !== null).map((c: TextChoice) => [c.weight, c.text.text, feedbackText(c.feedback)]);
      expect(other).toEqual(question.feedback.incorrect ? [[0, '*', html(question.feedback.incorrect)]] : []);
      break;
    }
    case 'Numerical': {
      const choices = parsed.choices as NumericalChoice[];
      expect(choices[0]?.text).toEqual({ type: 'range', number: question.numeric?.value, range: question.numeric?.tolerance });
      expect(feedbackText(choices[0]?.feedback)).toBe(html(question.feedback.correct));
      expect(choices.slice(1).map((c) => [c.isCorrect, feedbackText(c.feedback)])).toEqual(question.feedback.incorrect ? [[false, html(question.feedback.incorrect)]] : []);
      break;
    }
    default:
      throw new Error(`unexpected ${parsed.type}`);
  }
}

/** Export one module, parse the file with gift-pegjs and check it against the model. */
async function expectModuleFile(course: Course, module: Module, documents: DocumentSet): Promise<void> {
  const result = await giftExporter.exportModule!(module, { course, documents }, { toolVersion: '0.0.0-test' });
  expect(result.files.map((f) => f.path)).toEqual([`${module.id}.gift`]);
  // Images of the content folder are a format limit, reported (and checked in images.test.ts); nothing else may warn.
  const showsImages = [...module.checkpoint.groups, ...module.recall.groups].some((g) => g.questions.some((q) => q.prompt.html.includes('<img src="assets/')));
  expect(result.diagnostics.filter((d) => d.code === 'gift-drops-images').length).toBe(showsImages ? 1 : 0);
  expect(result.diagnostics.filter((d) => d.severity !== 'info' && d.code !== 'gift-question-skipped' && d.code !== 'gift-drops-images')).toEqual([]);
  const skipped = new Set(result.diagnostics.filter((d) => d.code === 'gift-question-skipped').map((d) => d.message.split(' ')[1]));
  const parsed = gift.parse(decoder.decode(result.files[0]!.bytes));
  let at = 0;
  // As carried without pages: a link to a module file is inert.
  const carried = withoutPageLinks(module);
  for (const set of questionSets(course, carried)) {
    expect(parsed[at++]).toEqual({ type: 'Category', title: categoryPath(set.category) });
    for (const question of set.group.questions.filter((q) => !skipped.has(q.uid))) {
      const node = parsed[at++];
      // As GIFT writes it: an image of the content folder as its alt text.
      expectQuestion(node, withoutLocalImages(carried, question).question);
      expect(node && 'title' in node ? node.title : null).toBe(stripInvalidXmlChars(questionName(set.group, question)));
    }
  }
  expect(at).toBe(parsed.length);
}

describe('gift exporter', async () => {
  const build = await courseFromFiles(EVERY_KIND_FILES);
  const { course, documents } = build;
  const options = { toolVersion: '0.0.0-test' };

  it('writes one file per module that gift-pegjs parses into the model\'s categories and questions', async () => {
    for (const module of course.modules) await expectModuleFile(course, module, documents);
  });

  it('exports the bundled content, every file parsing into the model\'s questions', async () => {
    const real = await loadCourse(path.resolve(import.meta.dirname, '../../../content'));
    const modules = exportableModules(real);
    expect(modules.length).toBeGreaterThan(0);
    for (const module of modules) await expectModuleFile(real.course, module, real.documents);
  });

  it('escapes every special character: hostile titles, prompts, choices and feedback parse back exactly', async () => {
    const module = course.modules[0]!;
    const text = decoder.decode((await giftExporter.exportModule!(module, { course, documents }, options)).files[0]!.bytes);
    const hostile = module.checkpoint.groups[1]!.questions[0]!;
    for (const c of ['~', '=', '#', '{', '}', ':', '\\']) expect(hostile.prompt.html).toContain(c);
    const parsed = gift.parse(text).find((q) => q.id === hostile.uid);
    expect(parsed?.type === 'MC' ? [parsed.stem.text, parsed.choices[0]?.text.text, parsed.choices[0]?.feedback?.text] : null).toEqual([
      html(hostile.prompt),
      html(hostile.choices[0]!.text),
      html(hostile.choices[0]!.feedback),
    ]);
    expect(parsed?.title).toContain('Odd ~ tilde = equals # hash {brace} colon: back\\slash');
  });

  it('says once per module what GIFT cannot carry', async () => {
    const result = await giftExporter.exportModule!(course.modules[0]!, { course, documents }, options);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.module])).toEqual([
      ['gift-drops-grader-info', 'info', '01_kinds'],
      ['gift-drops-points', 'info', '01_kinds'],
      ['gift-drops-overall-feedback', 'info', '01_kinds'],
      ['gift-questions-only', 'info', '01_kinds'],
    ]);
    expect(result.diagnostics[0]?.message).toBe('GIFT has no grader information, so the model answers of 2 open questions are left out (Moodle XML keeps them)');
    for (const d of result.diagnostics) expect(d.url).toMatch(new RegExp(`${d.code}\\.md$`));
  });

  it('says "is" of the one part a module leaves out', async () => {
    const only = await courseFromFiles({ 'm/06_revision.md': '# 06. Review\n\n## Embedded checkpoint\n\n### Recall\n\n1. Pick one.\n   - [x] Yes\n   - [ ] No\n\n## Completion gate\n\n- [ ] Done.\n' });
    const result = await giftExporter.exportModule!(only.course.modules[0]!, { course: only.course, documents: only.documents }, options);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['GIFT carries questions only, so the completion gate of this module is not exported']);
  });

  it('writes no file for a module without a question it can carry, which Moodle would refuse, and says so once', async () => {
    const none = await courseFromFiles({
      'a/06_revision.md': '# 06. Review\n\n## Completion gate\n\n- [ ] Done.\n',
      // Its one question is left out (too many correct choices), so its file would hold only a category.
      'b/06_revision.md': `# 06. Review\n\n## Embedded checkpoint\n\n### Many\n\n1. Pick all.\n${Array.from({ length: 11 }, (_, i) => `   - [x] Choice ${i + 1}`).join('\n')}\n`,
    });
    const input = { course: none.course, documents: none.documents };
    const [a, b] = await Promise.all(none.course.modules.map((m) => giftExporter.exportModule!(m, input, options)));
    expect(a?.files).toEqual([]);
    expect(a?.diagnostics.map((d) => [d.code, d.severity, d.module])).toEqual([['gift-no-questions', 'info', 'a']]);
    expect(b?.files).toEqual([]);
    expect(b?.diagnostics.map((d) => d.code)).toEqual(['gift-question-skipped', 'gift-no-questions']);
  });

  it('writes a multiple-answer question with one correct choice as single-answer, and says so', async () => {
    const odd = await courseFromFiles({ 'm/06_revision.md': '# 06. Review\n\n## Embedded checkpoint\n\n### Pick\n\n1. Pick one. {.multiple}\n   - [x] Yes\n   - [ ] No\n' });
    const module = odd.course.modules[0]!;
    expect(module.checkpoint.groups[0]?.questions[0]?.kind).toBe('multiple');
    const result = await giftExporter.exportModule!(module, { course: odd.course, documents: odd.documents }, options);
    const parsed = gift.parse(decoder.decode(result.files[0]!.bytes))[1];
    expect(parsed?.type === 'MC' ? parsed.choices.map((c) => c.isCorrect) : null).toEqual([true, false]);
    expect(result.diagnostics.map((d) => [d.code, d.place.line])).toEqual([['gift-multiple-as-single', 7]]);
  });

  it('gives the same bytes on every build', async () => {
    const again = await courseFromFiles(EVERY_KIND_FILES);
    for (const [i, module] of course.modules.entries()) {
      const a = await giftExporter.exportModule!(module, { course, documents }, options);
      const b = await giftExporter.exportModule!(again.course.modules[i]!, { course: again.course, documents: again.documents }, options);
      expect(decoder.decode(b.files[0]!.bytes)).toBe(decoder.decode(a.files[0]!.bytes));
    }
  });
});
