import type { CourseText, Question, Reference, Translate } from '@coursepack/core';
import { formatNumber, translator } from '@coursepack/core';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { HtmlToQtiOptions } from './html-to-qti.js';
import { htmlToQti } from './html-to-qti.js';
import type { QtiDialect } from './qti-version.js';

/** A reference as an author reads it: `02_explainer.md §1.3-§1.4, §2.1`. */
export function referenceText(reference: Reference): string {
  const sections = reference.sections.map((s) => s.raw).join(', ');
  return sections === '' ? reference.file : `${reference.file} ${sections}`;
}

/** A paragraph of `label`, run into `text` as the course's language writes it (`Points: 2`, `Points\u00A0: 2`). */
function labelled(t: Translate, label: string, text?: string): Element {
  const runIn = x('strong', {}, t('runIn', { label }));
  return x('p', {}, text === undefined ? [runIn] : [runIn, ` ${text}`]);
}

/**
 * The rubric block for the scorer of an open question: criterion, points, references and model
 * answer, in the course's words (`text`) and with its points as its language writes numbers (`1,5`).
 */
export function scorerRubric(d: QtiDialect, question: Question, html: HtmlToQtiOptions = {}, text: CourseText = {}): Element {
  const t = translator(text);
  const content: ElementContent[] = [labelled(t, t('pointsHeading'), formatNumber(question.points, text.language ?? 'en'))];
  if (question.criterion !== null) content.push(labelled(t, t('rubricCriterion'), question.criterion));
  if (question.references.length > 0) {
    content.push(labelled(t, t('references')), x('ul', {}, question.references.map((r) => x('li', {}, referenceText(r)))));
  }
  if (question.modelAnswer !== null) {
    content.push(labelled(t, t('modelAnswer')), x('div', { class: 'model-answer' }, htmlToQti(question.modelAnswer.html, html)));
  }
  const use = d.version === '3.0' ? 'scoring' : undefined;
  return d.el('rubricBlock', { use, view: 'scorer' }, d.contentBody(content));
}
