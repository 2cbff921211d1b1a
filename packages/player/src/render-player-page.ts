import type { Labels, Module } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { h } from 'hastscript';
import { htmlPage } from './internal/html-page.js';
import type { PageNames } from './internal/reference-links.js';
import { keepFreeAnchors, renderCheckpoint, renderGate, renderIntro, renderReflections, renderRubric } from './internal/render-sections.js';
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
  /** The words printed around the content, in that language (unless given, its built-in ones, else English). */
  labels?: Labels;
}

/** JSON safe inside a script element: no `</script`, `<!--` or line separators can appear. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The learner player page of one module (static HTML; the runtime scripts add behaviour). */
export function renderPlayerPage(module: Module, data: PlayerData, options: PlayerPageOptions): string {
  const { pages, assetBase, language = 'en' } = options;
  const t = translator(options);
  return htmlPage(
    { title: module.title, assetBase, language },
    keepFreeAnchors(h('body', [
      h('a', { href: '#main', className: ['skip'] }, t('skipToContent')),
      h('header', [h('p', { className: ['course'] }, options.courseTitle), h('h1', module.title)]),
      h('main', { id: 'main' }, [
        ...renderIntro(module, pages, t),
        ...renderReflections(module, pages, t),
        ...renderCheckpoint(module, pages, t),
        ...renderRubric(module, data, t),
        ...renderGate(module, pages, t),
      ]),
      h('footer', [
        h('p', { id: 'cp-status', role: 'status' }, t('savedInBrowser')),
        h('p', { id: 'cp-shortened', hidden: true }, t('notesShortened')),
      ]),
      h('script', { type: 'application/json', id: 'cp-data' }, scriptSafeJson(data)),
      h('script', { src: `${assetBase}scorm-runtime.js` }),
      h('script', { src: `${assetBase}player-state.js` }),
      h('script', { src: `${assetBase}player.js` }),
    ])),
  );
}
