import type { Module } from '@coursepack/core';
import { h } from 'hastscript';
import { htmlPage } from './internal/html-page.js';
import type { PageNames } from './internal/reference-links.js';
import { renderCheckpoint, renderGate, renderIntro, renderReflections, renderRubric } from './internal/render-sections.js';
import type { PlayerData } from './player-data.js';

/** Options of {@link renderPlayerPage}. */
export interface PlayerPageOptions {
  /** Course title shown above the module title. */
  courseTitle: string;
  /** Module file name → page of the package (`02_explainer.md` → `explainer.html`). */
  pages: PageNames;
  /** Path prefix of the shared player assets (`''`, or `../` in a course package). */
  assetBase: string;
  /** The course's language (BCP 47): the page declares it, and its direction (`en` unless given). */
  language?: string;
}

/** JSON safe inside a script element: no `</script`, `<!--` or line separators can appear. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The learner player page of one module (static HTML; the runtime scripts add behaviour). */
export function renderPlayerPage(module: Module, data: PlayerData, options: PlayerPageOptions): string {
  const { pages, assetBase, language = 'en' } = options;
  return htmlPage(
    { title: module.title, assetBase, language },
    h('body', [
      h('a', { href: '#main', className: ['skip'] }, 'Skip to content'),
      h('header', [h('p', { className: ['course'] }, options.courseTitle), h('h1', module.title)]),
      h('main', { id: 'main' }, [
        ...renderIntro(module, pages),
        ...renderReflections(module, pages),
        ...renderCheckpoint(module, pages),
        ...renderRubric(module, data),
        ...renderGate(module, pages),
      ]),
      h('footer', [
        h('p', { id: 'cp-status', role: 'status' }, 'Progress is saved in this browser.'),
        h('p', { id: 'cp-shortened', hidden: true }, 'Your notes are long: the copy kept by your LMS is shortened; the full text stays in this browser only.'),
      ]),
      h('script', { type: 'application/json', id: 'cp-data' }, scriptSafeJson(data)),
      h('script', { src: `${assetBase}scorm-runtime.js` }),
      h('script', { src: `${assetBase}player-state.js` }),
      h('script', { src: `${assetBase}player.js` }),
    ]),
  );
}
