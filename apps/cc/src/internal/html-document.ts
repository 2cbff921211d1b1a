import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { textDirection } from '@coursepack/core';

/** A complete, self-contained HTML page around already-built body content, in the course's language. */
export function htmlDocument(title: string, body: ElementContent[], language: string): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: language, dir: textDirection(language) }, [h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title)]), h('body', body)]),
    ],
  };
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}

/** Sanitized HTML (from the model or core's renderer) placed as is. */
export function trustedHtml(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}
