import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { textDirection } from '@coursepack/core';

/** What every page of the package shares: its title, where the stylesheet is, its language. */
export interface PageFrame {
  title: string;
  /** Path prefix of the shared player assets (`''`, or `../` in a course package). */
  assetBase: string;
  /** The course's language (BCP 47), which the page declares, with its direction. */
  language: string;
}

/** A whole page: the doctype, `<html lang dir>`, the head every page has, and `body`. */
export function htmlPage(frame: PageFrame, body: Element): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: frame.language, dir: textDirection(frame.language) }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', frame.title),
          h('link', { rel: 'stylesheet', href: `${frame.assetBase}player.css` }),
        ]),
        body,
      ]),
    ],
  };
  return toHtml(tree, { allowDangerousHtml: true });
}

/** A page of reading (a module file, the recall): its content in `main`, styled as a document. */
export function documentPage(frame: PageFrame, content: ElementContent[]): string {
  return htmlPage(frame, h('body', { className: ['document'] }, [h('main', { id: 'main' }, content)]));
}
