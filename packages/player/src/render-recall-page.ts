import type { CourseText, Module, Question } from '@coursepack/core';
import { translator } from '@coursepack/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { documentPage } from './internal/html-page.js';
import { rawHtml } from './internal/raw-html.js';
import { pointsLine } from './internal/render-question.js';
import type { PageNames } from './internal/reference-links.js';
import { referenceList } from './internal/reference-links.js';

/** A question's choices as a plain list, without a mark for the correct ones. */
function choiceList(q: Question): ElementContent[] {
  return q.choices.length === 0 ? [] : [h('ul', { className: ['choices'] }, q.choices.map((c) => h('li', [rawHtml(c.text.html, true)])))];
}

/**
 * The daily recall as a page of the package, built from the model: each day's questions with
 * their choices (none marked), the sections they point at and their points. Not the file as
 * written, which would show the learner every answer (a ticked `- [x]`, an `Answer:` line, a model
 * answer).
 */
export function renderRecallPage(module: Module, title: string, pages: PageNames, assetBase: string, text: CourseText = {}): string {
  const t = translator(text);
  const language = text.language ?? 'en';
  // Each day's heading has the anchor GitHub gives it, so `04_daily_recall.md#day-1--…` lands there.
  const groups = module.recall.groups.flatMap((g) => [
    h('h2', g.anchor ? { id: g.anchor } : {}, g.title),
    h('ol', { className: ['recall'] }, g.questions.map((q) => h('li', [rawHtml(q.prompt.html), ...choiceList(q), ...referenceList(q.references, pages, t), pointsLine(q, t)]))),
  ]);
  return documentPage({ title, assetBase, language }, [h('h1', title), ...groups]);
}
