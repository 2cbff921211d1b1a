import type { Module, Translate } from '@coursepack/core';
import { labelAround } from '@coursepack/core';
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { PlayerData } from '../player-data.js';
import { rawHtml } from './raw-html.js';
import type { PageNames } from './reference-links.js';
import { referenceList } from './reference-links.js';
import { renderQuestion } from './render-question.js';

const ANCHOR_MARK = 'dataCpAnchor';

/**
 * The properties that give an element the anchor GitHub gives the heading it stands for, so that a
 * link written for GitHub (`06_revision.md#self-evaluation`) lands on it; marked so that
 * {@link keepFreeAnchors} can yield it to an id of the player's own.
 */
export function anchorProperties(anchor: string | null): Record<string, string> {
  return anchor ? { id: anchor, [ANCHOR_MARK]: '' } : {};
}

function section(id: string, title: string, children: ElementContent[], anchor: string | null = null): Element {
  return h('section', { ...anchorProperties(anchor), ariaLabelledBy: `${id}-title`, className: ['part', id] }, [h('h2', { id: `${id}-title` }, title), ...children]);
}

/**
 * The anchors of `tree` (see {@link anchorProperties}) that no other element's id takes, and each
 * once; the rest are dropped, since the runtime finds its fields by their ids (`gate-1`, `q-0`).
 */
export function keepFreeAnchors(tree: Element): Element {
  const taken = new Set<string>();
  const anchored: Element[] = [];
  const visit = (node: Element): void => {
    if (ANCHOR_MARK in node.properties) anchored.push(node);
    else if (typeof node.properties['id'] === 'string') taken.add(node.properties['id']);
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(tree);
  for (const node of anchored) {
    const id = node.properties['id'] as string;
    delete node.properties[ANCHOR_MARK];
    if (taken.has(id)) delete node.properties['id'];
    else taken.add(id);
  }
  return tree;
}

/** The focus and the review loop (read-only parts). */
export function renderIntro(module: Module, pages: PageNames, t: Translate): Element[] {
  const parts: Element[] = [];
  if (module.focus) parts.push(section('focus', t('focus'), [rawHtml(module.focus.html)]));
  if (module.reviewLoop.length > 0) {
    parts.push(section('review-loop', t('reviewLoop'), [h('ol', module.reviewLoop.map((step) => h('li', [rawHtml(step.text.html), ...referenceList(step.references, pages, t)])))], module.reviewAnchors.reviewLoop));
  }
  return parts;
}

/** Reflection prompts, each with a notes field. */
export function renderReflections(module: Module, pages: PageNames, t: Translate): Element[] {
  if (module.reflectionPrompts.length === 0) return [];
  return [
    section('reflection', t('reflectionPrompts'), [
      h('ol', module.reflectionPrompts.map((p, i) => h('li', { className: ['reflection'] }, [
        h('div', { id: `note-${i}-prompt` }, [rawHtml(p.text.html)]),
        ...referenceList(p.references, pages, t),
        h('label', { for: `note-${i}`, className: ['answer-label'] }, t('notesOnPrompt', { n: i + 1 })),
        h('textarea', { id: `note-${i}`, rows: 3, ariaDescribedBy: `note-${i}-prompt` }),
      ]))),
    ], module.reviewAnchors.reflectionPrompts),
  ];
}

/** The checkpoint: every group with its questions, numbered through the module. */
export function renderCheckpoint(module: Module, pages: PageNames, t: Translate): Element[] {
  if (module.checkpoint.groups.length === 0) return [];
  let at = 0;
  const groups = module.checkpoint.groups.flatMap((g) => [
    h('h3', anchorProperties(g.anchor), g.title),
    h('ol', { className: ['questions'] }, g.questions.map((q) => renderQuestion(q, at++, pages, t))),
  ]);
  return [section('checkpoint', t('checkpoint'), groups, module.reviewAnchors.checkpoint)];
}

/** The self-evaluation rubric: a score field per criterion, capped at what the learner scores by hand. */
export function renderRubric(module: Module, data: PlayerData, t: Translate): Element[] {
  const rubric = module.rubric;
  if (!rubric || rubric.criteria.length === 0) return [];
  const rows = rubric.criteria.map((c, i) => {
    const pc = data.criteria[i];
    const auto = pc && pc.questions.length > 0 ? [h('span', { className: ['auto'] }, labelAround(t('fromAnswers'), 'n', [h('output', { id: `crit-${i}-auto` }, '0')]))] : [];
    const input = pc && pc.selfMax > 0
      ? [h('label', { for: `crit-${i}`, className: ['sr-only'] }, t('yourScoreFor', { criterion: c.label, max: pc.selfMax })), h('input', { type: 'number', id: `crit-${i}`, min: 0, max: pc.selfMax, step: 'any', inputMode: 'decimal' })]
      : [h('span', t('scoredFromAnswers'))];
    return h('tr', [h('th', { scope: 'row' }, c.label), h('td', [...input, ...auto]), h('td', c.max === null ? '—' : String(c.max))]);
  });
  const total = data.criteria.reduce((sum, c) => sum + c.max, 0);
  return [
    section('rubric', t('selfEvaluation'), [
      h('table', [
        h('thead', h('tr', [h('th', { scope: 'col' }, t('criterion')), h('th', { scope: 'col' }, t('yourScore')), h('th', { scope: 'col' }, t('outOf'))])),
        h('tbody', rows),
        h('tfoot', h('tr', [h('th', { scope: 'row' }, t('total')), h('td', h('output', { id: 'rubric-total' }, '0')), h('td', String(total))])),
      ]),
    ], module.reviewAnchors.rubric),
  ];
}

/** The completion gate checkboxes. */
export function renderGate(module: Module, pages: PageNames, t: Translate): Element[] {
  if (module.gate.length === 0) return [];
  return [
    section('gate', t('completionGate'), [
      h('ul', { className: ['gate-items'] }, module.gate.map((g, i) => h('li', [
        h('input', { type: 'checkbox', id: `gate-${i}` }),
        h('label', { for: `gate-${i}` }, [rawHtml(g.text.html, true)]),
        ...referenceList(g.references, pages, t),
      ]))),
    ], module.reviewAnchors.gate),
  ];
}
