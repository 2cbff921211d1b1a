import type { Document } from '@coursepack/core';
import { renderDocumentHtml } from '@coursepack/core';
import { disableLinks } from '@coursepack/export-kit';
import { imageSources } from '@coursepack/qti12';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { htmlDocument, trustedHtml } from './internal/html-document.js';
import { linkedFragment } from './internal/linked-fragment.js';
import { dirname, relativeFrom } from './internal/posix-path.js';
import type { RenderedPage } from './render-review-page.js';

/**
 * A module file (explainer, study material …) as a page: core's sanitized HTML with section
 * anchors, links rewritten, and images pointing at the cartridge's `assets/` folder.
 */
export function renderDocumentPage(document: Document, page: CartridgePage, pages: CartridgePages): RenderedPage {
  const linksTo = new Set<CartridgePage>();
  const missing = new Set<string>();
  const body = renderDocumentHtml(document, {
    rewriteHref: (href) => {
      const resolved = pages.resolve(page, href);
      if (resolved.target && resolved.target !== page) linksTo.add(resolved.target);
      if (resolved.missing) missing.add(resolved.href);
      return resolved.href;
    },
  });
  const images = imageSources(page.module.assets, (asset) => relativeFrom(dirname(page.path), asset.href));
  // Links are already rewritten: only the images are left to move.
  const content = body.includes('<img') ? linkedFragment(body, (href) => href, images.imageSrc) : [trustedHtml(body)];
  // A link to something the cartridge does not hold would open an error page in the LMS.
  return { html: disableLinks(htmlDocument(page.title, content, pages.language), (href) => !missing.has(href)), linksTo: [...linksTo], shows: images.shown() };
}
