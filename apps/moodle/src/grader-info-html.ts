import type { Question, Translate } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { labelHtml } from './internal/label-html.js';
import { joinHtml } from './internal/xml-node.js';
import { referencesHtml } from './references-html.js';

/** What graders see beside an open question: its references and the author's model answer. */
export function graderInfoHtml(question: Pick<Question, 'references' | 'modelAnswer'>, t: Translate = translator()): string {
  const model = question.modelAnswer ? joinHtml(labelHtml(t('modelAnswer')), question.modelAnswer.html) : '';
  return joinHtml(referencesHtml(question.references, t), model);
}
