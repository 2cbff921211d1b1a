import type { Question, QuestionGroup } from '@coursepack/core';
import { writeHeader } from './write-header.js';
import type { ModuleImages } from './module-images.js';
import type { XmlNode } from './xml-node.js';
import { htmlText, joinHtml, value, writeHtml } from './xml-node.js';

// Moodle's default penalty for each wrong try in interactive mode (a third).
const PENALTY = '0.3333333';

/** A single or multiple choice question as `multichoice`, graded by the given percentages. */
export function writeMultichoice(quiz: XmlNode, group: QuestionGroup, question: Question, fractions: readonly string[], images: ModuleImages): void {
  const q = writeHeader(quiz, 'multichoice', group, question, PENALTY, question.feedback.general?.html ?? '', images);
  value(q, 'single', question.kind === 'multiple' ? 'false' : 'true');
  value(q, 'shuffleanswers', 'false');
  value(q, 'answernumbering', 'abc');
  value(q, 'showstandardinstruction', '0');
  htmlText(q, 'correctfeedback', question.feedback.correct?.html ?? '', images);
  htmlText(q, 'partiallycorrectfeedback', '', images);
  htmlText(q, 'incorrectfeedback', question.feedback.incorrect?.html ?? '', images);
  question.choices.forEach((choice, i) => {
    const answer = q.ele('answer', { fraction: fractions[i] ?? '0', format: 'html' });
    // A choice is HTML with files of its own, written like any text: `<text>`, then its `<file>`s.
    writeHtml(answer, choice.text.html, images);
    htmlText(answer, 'feedback', choice.feedback?.html ?? '', images);
  });
}

/**
 * A true-false question as `truefalse`. Moodle has no overall correct/incorrect feedback here, so
 * they join the feedback of the answer that is right or wrong.
 */
export function writeTrueFalse(quiz: XmlNode, group: QuestionGroup, question: Question, images: ModuleImages): void {
  const q = writeHeader(quiz, 'truefalse', group, question, '1', question.feedback.general?.html ?? '', images);
  for (const word of ['true', 'false']) {
    const choice = question.choices.find((c) => c.text.text.trim().toLowerCase() === word);
    const isCorrect = choice?.isCorrect === true;
    const answer = q.ele('answer', { fraction: isCorrect ? '100' : '0', format: 'moodle_auto_format' });
    value(answer, 'text', word);
    const overall = isCorrect ? question.feedback.correct : question.feedback.incorrect;
    htmlText(answer, 'feedback', joinHtml(choice?.feedback?.html, overall?.html), images);
  }
}
