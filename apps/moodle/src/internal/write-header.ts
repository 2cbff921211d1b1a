import type { Question, QuestionGroup } from '@coursepack/core';
import { plainNumber } from '../plain-number.js';
import { questionName } from '../question-name.js';
import type { ModuleImages } from './module-images.js';
import type { XmlNode } from './xml-node.js';
import { htmlText, plainText, value } from './xml-node.js';

// Moodle's idnumber column holds at most 100 characters.
const MAX_IDNUMBER = 100;

/** Open `<question type="…">` with the fields every question type shares. */
export function writeHeader(quiz: XmlNode, type: string, group: QuestionGroup, question: Question, penalty: string, generalFeedback: string, images: ModuleImages): XmlNode {
  const q = quiz.ele('question', { type });
  plainText(q, 'name', questionName(group, question));
  htmlText(q, 'questiontext', question.prompt.html, images);
  htmlText(q, 'generalfeedback', generalFeedback, images);
  value(q, 'defaultgrade', plainNumber(question.points));
  value(q, 'penalty', penalty);
  value(q, 'hidden', '0');
  value(q, 'idnumber', question.uid.length <= MAX_IDNUMBER ? question.uid : '');
  return q;
}
