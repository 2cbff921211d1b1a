import type { Document } from '@coursepack/core';
import { renderDocumentHtml } from '@coursepack/core';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { trustedHtml } from './internal/html-document.js';
import { linkedFragment } from './internal/linked-fragment.js';
import type { RenderedPage } from './internal/page-links.js';
import { pageLinks } from './internal/page-links.js';

/**
 * A module file (explainer, study material …) as a page: core's sanitized HTML with section
 * anchors, links rewritten, and images pointing at the cartridge's `assets/` folder.
 */
export function renderDocumentPage(document: Document, page: CartridgePage, pages: CartridgePages): RenderedPage {
  const { rewrite, images, finish } = pageLinks(page, pages);
  const body = renderDocumentHtml(document, { rewriteHref: rewrite });
  // Links are already rewritten: only the images are left to move.
  const content = body.includes('<img') ? linkedFragment(body, (href) => href, images.imageSrc) : [trustedHtml(body)];
  return finish(page.title, content);
}
