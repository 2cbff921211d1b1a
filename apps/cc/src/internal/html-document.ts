import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/** A complete, self-contained HTML page around already-built body content. */
export function htmlDocument(title: string, body: ElementContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [h('head', [h('meta', { charset: 'utf-8' }), h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }), h('title', title)]), h('body', body)]),
    ],
  };
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}

/** Sanitized HTML (from the model or core's renderer) placed as is. */
export function trustedHtml(html: string): ElementContent {
  return { type: 'raw', value: html } as unknown as ElementContent;
}
