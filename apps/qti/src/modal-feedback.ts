import type { Question, RichText } from '@coursepack/core';
import type { Element } from 'xast';
import type { HtmlToQtiOptions } from './html-to-qti.js';
import { htmlToQti } from './html-to-qti.js';
import { choiceIdentifier } from './item-declarations.js';
import type { QtiDialect } from './qti-version.js';

function feedback(d: QtiDialect, html: HtmlToQtiOptions, outcome: string, identifier: string, texts: readonly (RichText | null)[]): Element | null {
  const present = texts.filter((t): t is RichText => t !== null);
  if (present.length === 0) return null;
  return d.el('modalFeedback', { outcomeIdentifier: outcome, identifier, showHide: 'show' }, d.contentBody(present.flatMap((t) => htmlToQti(t.html, html))));
}

/**
 * Modal feedback of an objective question: the correct or incorrect text (each followed by the general
 * one), then the feedback of each chosen choice. Open questions have none (a person scores them).
 */
export function modalFeedback(d: QtiDialect, question: Question, html: HtmlToQtiOptions = {}): Element[] {
  if (question.kind === 'open') return [];
  const { general, correct, incorrect } = question.feedback;
  const out = [feedback(d, html, 'FEEDBACK', 'correct', [correct, general]), feedback(d, html, 'FEEDBACK', 'incorrect', [incorrect, general])];
  for (const choice of question.choices) out.push(feedback(d, html, 'FEEDBACK_CHOICE', choiceIdentifier(choice.id), [choice.feedback]));
  return out.filter((e): e is Element => e !== null);
}
