import type { Document } from '@coursepack/core';
import { renderDocumentHtml } from '@coursepack/core';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { htmlDocument, trustedHtml } from './internal/html-document.js';
import type { RenderedPage } from './render-review-page.js';

/** A module file (explainer, study material …) as a page: core's sanitized HTML with section anchors, links rewritten. */
export function renderDocumentPage(document: Document, page: CartridgePage, pages: CartridgePages): RenderedPage {
  const linksTo = new Set<CartridgePage>();
  const body = renderDocumentHtml(document, {
    rewriteHref: (href) => {
      const resolved = pages.resolve(page, href);
      if (resolved.target && resolved.target !== page) linksTo.add(resolved.target);
      return resolved.href;
    },
  });
  return { html: htmlDocument(page.title, [trustedHtml(body)]), linksTo: [...linksTo] };
}
