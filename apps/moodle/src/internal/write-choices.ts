import type { Question, QuestionGroup } from '@coursepack/core';
import { writeHeader } from './write-header.js';
import type { XmlNode } from './xml-node.js';
import { htmlContent, htmlText, joinHtml, value } from './xml-node.js';

// Moodle's default penalty for each wrong try in interactive mode (a third).
const PENALTY = '0.3333333';

/** A single or multiple choice question as `multichoice`, graded by the given percentages. */
export function writeMultichoice(quiz: XmlNode, group: QuestionGroup, question: Question, fractions: readonly string[]): void {
  const q = writeHeader(quiz, 'multichoice', group, question, PENALTY, question.feedback.general?.html ?? '');
  value(q, 'single', question.kind === 'multiple' ? 'false' : 'true');
  value(q, 'shuffleanswers', 'false');
  value(q, 'answernumbering', 'abc');
  value(q, 'showstandardinstruction', '0');
  htmlText(q, 'correctfeedback', question.feedback.correct?.html ?? '');
  htmlText(q, 'partiallycorrectfeedback', '');
  htmlText(q, 'incorrectfeedback', question.feedback.incorrect?.html ?? '');
  question.choices.forEach((choice, i) => {
    const answer = q.ele('answer', { fraction: fractions[i] ?? '0', format: 'html' });
    htmlContent(answer.ele('text'), choice.text.html);
    htmlText(answer, 'feedback', choice.feedback?.html ?? '');
  });
}

/**
 * A true-false question as `truefalse`. Moodle has no overall correct/incorrect feedback here, so
 * they join the feedback of the answer that is right or wrong.
 */
export function writeTrueFalse(quiz: XmlNode, group: QuestionGroup, question: Question): void {
  const q = writeHeader(quiz, 'truefalse', group, question, '1', question.feedback.general?.html ?? '');
  for (const word of ['true', 'false']) {
    const choice = question.choices.find((c) => c.text.text.trim().toLowerCase() === word);
    const isCorrect = choice?.isCorrect === true;
    const answer = q.ele('answer', { fraction: isCorrect ? '100' : '0', format: 'moodle_auto_format' });
    value(answer, 'text', word);
    const overall = isCorrect ? question.feedback.correct : question.feedback.incorrect;
    htmlText(answer, 'feedback', joinHtml(choice?.feedback?.html, overall?.html));
  }
}
