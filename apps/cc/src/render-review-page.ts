import type { Item, Module, Question, Reference } from '@coursepack/core';
import { labelAround, sectionAnchor } from '@coursepack/core';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { linkedFragment } from './internal/linked-fragment.js';
import type { RenderedPage } from './internal/page-links.js';
import { pageLinks } from './internal/page-links.js';

/** What a page built from the model needs: rich text with links and images moved, and its questions as list items. */
function modelPage(page: CartridgePage, pages: CartridgePages) {
  const { rewrite, images, finish } = pageLinks(page, pages);
  const { t } = pages;
  const html = (text: { html: string }): ElementContent[] => linkedFragment(text.html, rewrite, images.imageSrc);
  const referenceLinks = (refs: Reference[]): ElementContent[] =>
    refs.flatMap((ref) =>
      ref.sections.map((range) => {
        const first = range.resolved[0];
        return h('a', { href: rewrite(first ? `${ref.file}#${sectionAnchor(first)}` : ref.file) }, `${ref.file} ${range.raw}`);
      }),
    );
  const list = (tag: 'ol' | 'ul', items: Item[]): ElementContent => h(tag, items.map((item) => h('li', html(item.text))));
  const question = (q: Question): ElementContent => {
    const refs = referenceLinks(q.references);
    const see = refs.length > 0 ? [h('p', { className: ['references'] }, labelAround(t('see'), 'links', refs.flatMap((a, i) => (i === 0 ? [a] : [', ', a]))))] : [];
    return h('li', { id: q.id }, [...html(q.prompt), ...see, h('p', { className: ['points'] }, t('points', { n: q.points }))]);
  };
  return { html, list, question, done: finish, t };
}

/**
 * The review page from the model (not re-parsed): focus, review loop, reflection prompts, the
 * checkpoint questions with links to the sections they reference, the rubric and the gate.
 */
export function renderReviewPage(module: Module, page: CartridgePage, pages: CartridgePages): RenderedPage {
  const { html, list, question, done, t } = modelPage(page, pages);
  const body: ElementContent[] = [h('h1', module.title)];
  if (module.focus) body.push(h('div', { className: ['focus'] }, html(module.focus)));
  // Each heading has the anchor GitHub gives the author's (`06_revision.md#self-evaluation`), unless a question took it.
  const ids = new Set(module.checkpoint.groups.flatMap((g) => g.questions.map((q) => q.id)));
  const anchor = (id: string | null): { id?: string } => (id && !ids.has(id) ? { id } : {});
  const { reviewAnchors: anchors } = module;
  if (module.reviewLoop.length > 0) body.push(h('h2', anchor(anchors.reviewLoop), t('reviewLoop')), list('ol', module.reviewLoop));
  if (module.reflectionPrompts.length > 0) body.push(h('h2', anchor(anchors.reflectionPrompts), t('reflectionPrompts')), list('ul', module.reflectionPrompts));
  if (module.checkpoint.groups.length > 0) {
    body.push(h('h2', anchor(anchors.checkpoint), t('checkpoint')));
    for (const group of module.checkpoint.groups) body.push(h('h3', anchor(group.anchor), group.title), h('ol', group.questions.map(question)));
  }
  if (module.rubric) {
    const rows = module.rubric.criteria.map((c) => h('tr', [h('td', c.label), h('td', c.max === null ? '—' : String(c.max))]));
    const total = module.rubric.total ?? module.rubric.computedTotal;
    body.push(h('h2', anchor(anchors.rubric), t('selfEvaluation')), h('table', [h('thead', h('tr', [h('th', t('criterion')), h('th', t('outOfShort'))])), h('tbody', [...rows, h('tr', [h('th', t('total')), h('th', String(total))])])]));
  }
  if (module.gate.length > 0) body.push(h('h2', anchor(anchors.gate), t('completionGate')), list('ul', module.gate));
  return done(module.title, body);
}

/**
 * The daily recall page from the model, as the review page shows the checkpoint: each day's
 * questions with the sections they reference and their points. Its choices, answers and feedback
 * are the recall assessment's: the page as written would show the learner every answer (a ticked
 * `- [x]`, an `Answer:` line, a model answer).
 */
export function renderRecallPage(module: Module, page: CartridgePage, pages: CartridgePages): RenderedPage {
  const { question, done } = modelPage(page, pages);
  const body: ElementContent[] = [h('h1', page.title)];
  // Each day's heading has the anchor GitHub gives it, so `04_daily_recall.md#day-1--…` lands there.
  const ids = new Set(module.recall.groups.flatMap((g) => g.questions.map((q) => q.id)));
  for (const group of module.recall.groups) body.push(h('h2', group.anchor && !ids.has(group.anchor) ? { id: group.anchor } : {}, group.title), h('ol', group.questions.map(question)));
  return done(page.title, body);
}
