import type { Question, QuestionGroup } from '@coursepack/core';
import { plainNumber } from '../plain-number.js';
import { writeHeader } from './write-header.js';
import type { ModuleImages } from './module-images.js';
import type { XmlNode } from './xml-node.js';
import { htmlText, value } from './xml-node.js';

const PENALTY = '0.3333333';

// Moodle matches `*` in a short answer as a wildcard; `\*` is a literal asterisk.
function literalShortAnswer(answer: string): string {
  return answer.replace(/\*/g, '\\*');
}

/**
 * A short-answer question as `shortanswer` (case-insensitive). Correct feedback goes with every
 * accepted answer; incorrect feedback with a catch-all `*` answer worth 0, Moodle's own idiom.
 */
export function writeShortAnswer(quiz: XmlNode, group: QuestionGroup, question: Question, images: ModuleImages): void {
  const q = writeHeader(quiz, 'shortanswer', group, question, PENALTY, question.feedback.general?.html ?? '', images);
  value(q, 'usecase', '0');
  for (const accepted of question.answers) answer(q, '100', literalShortAnswer(accepted), question.feedback.correct?.html ?? '', images);
  if (question.feedback.incorrect) answer(q, '0', '*', question.feedback.incorrect.html, images);
}

/** A numeric question as `numerical`: the value with its tolerance, and a catch-all for incorrect feedback. */
export function writeNumerical(quiz: XmlNode, group: QuestionGroup, question: Question, images: ModuleImages): void {
  const q = writeHeader(quiz, 'numerical', group, question, PENALTY, question.feedback.general?.html ?? '', images);
  const numeric = question.numeric ?? { value: 0, tolerance: 0 };
  value(answer(q, '100', plainNumber(numeric.value), question.feedback.correct?.html ?? '', images), 'tolerance', plainNumber(numeric.tolerance));
  if (question.feedback.incorrect) value(answer(q, '0', '*', question.feedback.incorrect.html, images), 'tolerance', '0');
  value(q, 'unitgradingtype', '0');
  value(q, 'unitpenalty', '0.1000000');
  value(q, 'showunits', '3');
  value(q, 'unitsleft', '0');
}

// Short and numerical answers are plain text in Moodle (no files); their feedback is HTML.
function answer(q: XmlNode, fraction: string, text: string, feedbackHtml: string, images: ModuleImages): XmlNode {
  const element = q.ele('answer', { fraction, format: 'moodle_auto_format' });
  value(element, 'text', text);
  htmlText(element, 'feedback', feedbackHtml, images);
  return element;
}
