import type { Question, QuestionGroup } from '@coursepack/core';
import { stripInvalidXmlChars } from '@coursepack/export-kit';

const PREVIEW_LENGTH = 60;

/** A question's name in a question bank: group, number and the start of its prompt. */
export function questionName(group: QuestionGroup, question: Question): string {
  const text = stripInvalidXmlChars(question.prompt.text).replace(/\s+/g, ' ').trim();
  const cut = text.length <= PREVIEW_LENGTH ? text : `${text.slice(0, PREVIEW_LENGTH).replace(/\s+\S*$/, '')}…`;
  return cut === '' ? `${group.title} ${question.number}` : `${group.title} ${question.number}: ${cut}`;
}
