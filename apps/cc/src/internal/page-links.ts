import type { ModuleAsset } from '@coursepack/core';
import { disableLinks } from '@coursepack/export-kit';
import { imageSources } from '@coursepack/qti12';
import type { ElementContent } from 'hast';
import type { CartridgePage, CartridgePages } from '../cartridge-pages.js';
import { htmlDocument } from './html-document.js';
import { dirname, relativeFrom } from './posix-path.js';

/** A rendered page, the pages it links to, and the module images it shows and files it links to (manifest dependencies). */
export interface RenderedPage {
  html: string;
  linksTo: CartridgePage[];
  shows: ModuleAsset[];
}

/**
 * What one page of the cartridge does with what its content links to and shows: `rewrite` moves a
 * link to the page it reaches, noting that page (a dependency) or that it reaches nothing the
 * cartridge holds; `images` moves images to the cartridge's `assets/`; `finish` writes the page,
 * with the links that reach nothing made inert (they would open an error page in the LMS).
 */
export function pageLinks(page: CartridgePage, pages: CartridgePages) {
  const linksTo = new Set<CartridgePage>();
  const missing = new Set<string>();
  const downloads = new Set<ModuleAsset>();
  const rewrite = (href: string): string => {
    const resolved = pages.resolve(page, href);
    if (resolved.target && resolved.target !== page) linksTo.add(resolved.target);
    if (resolved.download) downloads.add(resolved.download);
    if (resolved.missing) missing.add(resolved.href);
    return resolved.href;
  };
  const images = imageSources(page.module.assets, (asset) => relativeFrom(dirname(page.path), asset.href));
  const finish = (title: string, body: ElementContent[]): RenderedPage => ({
    html: disableLinks(htmlDocument(title, body, pages.language), (href) => !missing.has(href), pages.t('notIncluded')),
    linksTo: [...linksTo],
    shows: [...images.shown(), ...downloads],
  });
  return { rewrite, images, finish };
}
