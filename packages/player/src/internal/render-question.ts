import type { Question, Translate } from '@coursepack/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { SHORT_ANSWER_MAX } from '../player-data.js';
import { rawHtml } from './raw-html.js';
import type { PageNames } from './reference-links.js';
import { referenceList } from './reference-links.js';

function hiddenBlock(id: string, className: string, html: string | undefined): Element[] {
  return html ? [h('div', { id, className: [className], hidden: true }, [rawHtml(html)])] : [];
}

function choices(q: Question, at: number): ElementContent[] {
  const type = q.kind === 'multiple' ? 'checkbox' : 'radio';
  return q.choices.map((c) => {
    const id = `q-${at}-choice-${c.id}`;
    return h('div', { className: ['choice'] }, [
      h('input', { type, id, name: `q-${at}`, value: c.id }),
      h('label', { for: id }, [rawHtml(c.text.html, true)]),
      ...hiddenBlock(`${id}-fb`, 'feedback', c.feedback?.html),
    ]);
  });
}

function objectiveInput(q: Question, at: number, t: Translate): ElementContent[] {
  if (q.kind === 'short' || q.kind === 'numeric') {
    const id = `q-${at}-answer`;
    return [
      h('label', { for: id, className: ['answer-label'] }, q.kind === 'numeric' ? t('yourNumber') : t('yourAnswer')),
      h('input', { type: 'text', id, maxLength: SHORT_ANSWER_MAX, autoComplete: 'off', inputMode: q.kind === 'numeric' ? 'decimal' : undefined }),
    ];
  }
  return [h('div', { role: 'group', ariaLabelledBy: `q-${at}-prompt`, className: ['choices'] }, choices(q, at))];
}

/** One checkpoint question: prompt, input, and the hidden parts revealed after submit or compare. */
/** What a question is worth, as the player and the recall page show it. */
export function pointsLine(q: Question, t: Translate): Element {
  return h('p', { className: ['points'] }, t('points', { n: q.points }));
}

export function renderQuestion(q: Question, at: number, pages: PageNames, t: Translate): Element {
  const isOpen = q.kind === 'open';
  const body: ElementContent[] = [
    h('div', { id: `q-${at}-prompt`, className: ['prompt'] }, [rawHtml(q.prompt.html)]),
    pointsLine(q, t),
  ];
  if (isOpen) {
    body.push(
      h('label', { for: `q-${at}-answer`, className: ['answer-label'] }, t('yourAnswer')),
      h('textarea', { id: `q-${at}-answer`, rows: 4 }),
      h('button', { type: 'button', id: `q-${at}-compare`, className: ['action'] }, t('compare')),
      h('div', { id: `q-${at}-reveal`, className: ['reveal'], hidden: true }, [
        ...referenceList(q.references, pages, t),
        ...(q.modelAnswer ? [h('div', { className: ['model-answer'] }, [h('p', h('strong', t('modelAnswer'))), rawHtml(q.modelAnswer.html)])] : []),
        ...(q.modelAnswer || q.references.length > 0 ? [] : [h('p', t('noModelAnswer'))]),
      ]),
    );
  } else {
    body.push(
      ...objectiveInput(q, at, t),
      h('button', { type: 'button', id: `q-${at}-submit`, className: ['action'] }, t('submit')),
      h('p', { id: `q-${at}-result`, className: ['result'], role: 'status' }),
      ...hiddenBlock(`q-${at}-fb-correct`, 'feedback', q.feedback.correct?.html),
      ...hiddenBlock(`q-${at}-fb-incorrect`, 'feedback', q.feedback.incorrect?.html),
      ...hiddenBlock(`q-${at}-fb-general`, 'feedback', q.feedback.general?.html),
      ...(q.references.length > 0 ? [h('div', { id: `q-${at}-reveal`, className: ['reveal'], hidden: true }, referenceList(q.references, pages, t))] : []),
    );
  }
  return h('li', { id: `q-${at}`, className: ['question', `kind-${q.kind}`] }, body);
}
