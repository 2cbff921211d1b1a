import type { Question, RichText, Translate } from '@coursepack/core';
import { translator } from '@coursepack/core';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** Already-sanitized model HTML, placed as is. */
export function rawHtml(text: RichText): ElementContent {
  return { type: 'raw', value: text.html } as unknown as ElementContent;
}

/** How a question's references read: `02_explainer.md §1.3-§1.4, §2.1`. */
export function referenceText(question: Question): string[] {
  return question.references.map((r) => [r.file, ...r.sections.map((s) => s.raw)].join(' ').trim());
}

/**
 * What an essay's grader (and the learner, after submitting) should see: the author's general
 * feedback, the rubric criterion with the points, the references and the model answer.
 */
export function graderNotesHtml(question: Question, t: Translate = translator()): string {
  const parts: ElementContent[] = [];
  if (question.feedback.general) parts.push(rawHtml(question.feedback.general));
  const points = t('points', { n: question.points });
  parts.push(h('p', [h('strong', `${t('runIn', { label: t('rubricCriterion') })} `), question.criterion ? `${question.criterion} (${points})` : points]));
  const refs = referenceText(question);
  if (refs.length > 0) parts.push(h('p', h('strong', t('runIn', { label: t('references') }))), h('ul', refs.map((r) => h('li', r))));
  if (question.modelAnswer) parts.push(h('p', h('strong', t('runIn', { label: t('modelAnswer') }))), h('blockquote', [rawHtml(question.modelAnswer)]));
  return toHtml(h('div', parts), { allowDangerousHtml: true });
}
