import type { Root } from 'hast';
import { h } from 'hastscript';
import { textDirection } from '@coursepack/core';
import { toHtml } from 'hast-util-to-html';
import { rawHtml } from './internal/raw-html.js';

/**
 * A module file (explainer, study material) as a page of the package, from its sanitized HTML,
 * declared to be in the course's `language` (and written right to left when that language is).
 */
export function renderDocumentPage(title: string, bodyHtml: string, assetBase: string, language = 'en'): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: language, dir: textDirection(language) }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', title),
          h('link', { rel: 'stylesheet', href: `${assetBase}player.css` }),
        ]),
        h('body', { className: ['document'] }, [h('main', { id: 'main' }, [rawHtml(bodyHtml)])]),
      ]),
    ],
  };
  return toHtml(tree, { allowDangerousHtml: true });
}
