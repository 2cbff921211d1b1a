import type { Course, Diagnostic, Module, Question, QuestionGroup } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { categoryPath, nonQuestionParts, questionName, questionSets } from '@coursepack/moodle';
import { escapeGift } from './escape-gift.js';
import { answerBlock } from './internal/answer-block.js';
import { exportNotice, listWords } from '@coursepack/export-kit';
import { count } from './internal/count.js';
import { withoutLocalImages } from './internal/without-local-images.js';

/** A module's GIFT text and the notices about what GIFT could not carry. */
export interface ModuleGift {
  text: string;
  diagnostics: Diagnostic[];
  /** Questions written: Moodle refuses to import a file without any. */
  questions: number;
}

/**
 * GIFT for one module: a `$CATEGORY:` line per group (`$course$/<course>/<module>/<group>`, recall
 * under `<module>/Daily recall/`), then each question with its uid as `// [id:…]` and `::name::`.
 */
export function moduleGift(course: Course, module: Module): ModuleGift {
  const blocks: string[] = [];
  const diagnostics: Diagnostic[] = [];
  let questions = 0;
  const t = translator(course);
  // Images of the module's own files left out, per question written.
  const images: number[] = [];
  for (const set of questionSets(course, module)) {
    blocks.push(`$CATEGORY: ${categoryPath(set.category)}`);
    for (const original of set.group.questions) {
      const { question, images: shown } = withoutLocalImages(module, original);
      const asSingle = question.kind === 'multiple' && question.choices.filter((c) => c.isCorrect).length === 1;
      const block = answerBlock(question, asSingle, t);
      if ('skipped' in block) {
        diagnostics.push(exportNotice('gift-question-skipped', 'warning', `Question ${question.uid} is left out of GIFT because ${block.skipped}`, question.place, module.id));
        continue;
      }
      if (asSingle) diagnostics.push(exportNotice('gift-multiple-as-single', 'info', `GIFT cannot give one choice 100% in a multiple-answer question, so ${question.uid} is written as single-answer`, question.place, module.id));
      blocks.push(questionText(set.group, question, block.head, block.lines));
      questions++;
      if (shown > 0) images.push(shown);
    }
  }
  diagnostics.push(...lossNotices(module, images));
  return { text: questions === 0 ? '' : `${blocks.join('\n\n')}\n`, diagnostics, questions };
}

function questionText(group: QuestionGroup, question: Question, head: string, lines: string[]): string {
  const stem = `::${escapeGift(questionName(group, question))}::[html]${escapeGift(question.prompt.html)}`;
  const answers = lines.length === 0 ? `{${head}}` : `{${head}\n${lines.join('\n')}\n}`;
  return `// [id:${question.uid}]\n${stem}${answers}`;
}

// `images`: how many images of the content folder each written question left out.
function lossNotices(module: Module, images: readonly number[]): Diagnostic[] {
  const questions = [...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions);
  const out: Diagnostic[] = [];
  const modelAnswers = questions.filter((q) => q.kind === 'open' && q.modelAnswer !== null).length;
  if (modelAnswers > 0) out.push(exportNotice('gift-drops-grader-info', 'info', `GIFT has no grader information, so the model answers of ${count(modelAnswers, 'open question')} are left out (Moodle XML keeps them)`, module.place, module.id));
  const weighted = questions.filter((q) => q.points !== 1).length;
  if (weighted > 0) out.push(exportNotice('gift-drops-points', 'info', `GIFT cannot set a question's grade, so ${count(weighted, 'question')} not worth 1 point import at Moodle's default of 1 (Moodle XML keeps points)`, module.place, module.id));
  const overall = questions.filter((q) => q.kind === 'multiple' && q.choices.filter((c) => c.isCorrect).length > 1 && (q.feedback.correct !== null || q.feedback.incorrect !== null)).length;
  if (overall > 0) out.push(exportNotice('gift-drops-overall-feedback', 'info', `GIFT has no overall correct or incorrect feedback for multiple-answer questions, so it is left out of ${count(overall, 'question')} (Moodle XML keeps it)`, module.place, module.id));
  const dropped = images.reduce((a, b) => a + b, 0);
  if (dropped > 0) out.push(exportNotice('gift-drops-images', 'warning', `GIFT cannot carry image files, so ${count(dropped, 'image')} from the content folder in ${count(images.length, 'question')} ${dropped === 1 ? 'is' : 'are'} replaced by ${dropped === 1 ? 'its' : 'their'} alt text (Moodle XML carries them)`, module.place, module.id));
  const parts = nonQuestionParts(module);
  if (parts.length > 0) out.push(exportNotice('gift-questions-only', 'info', `GIFT carries questions only, so ${listWords(parts)} of this module ${parts.length === 1 ? 'is' : 'are'} not exported`, module.place, module.id));
  return out;
}
