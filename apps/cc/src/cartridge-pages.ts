import type { Course, FileRole, Module } from '@coursepack/core';
import { qtiIdent } from '@coursepack/qti12';
import { dirname, joinPath, relativeFrom } from './internal/posix-path.js';
import { pageName } from './page-name.js';

/** One web page of the cartridge. */
export interface CartridgePage {
  module: Module;
  role: FileRole;
  title: string;
  /** Path in the cartridge (`<module-id>/explainer.html`). */
  path: string;
  /** Manifest resource identifier. */
  resource: string;
  /** Source file, relative to the content root. */
  source: string;
}

/** Every page of the cartridge and how a link written in the content reaches one. */
export interface CartridgePages {
  byModule: Map<string, CartridgePage[]>;
  /** Rewrite a link found in a file of `from` to a cartridge-relative link; `target` is the page it reaches. */
  resolve: (from: CartridgePage, href: string) => { href: string; target: CartridgePage | null };
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#|\/)/i;

// A module's pages depend only on the module, and a build exports one module at a time against the
// same skeletons of all the others: laying each out once keeps a module's export from costing
// more in a larger course.
const laidOut = new WeakMap<Module, CartridgePage[]>();

function modulePages(module: Module): CartridgePage[] {
  const known = laidOut.get(module);
  if (known) return known;
  const pages: CartridgePage[] = [];
  const used = new Set<string>();
  for (const file of module.files) {
    let name = pageName(file.role);
    let resource = `${module.key}.${file.role}`;
    if (used.has(name)) {
      const stem = file.name.replace(/\.md$/i, '');
      name = `${stem}.html`;
      resource = qtiIdent(`${module.key}.${stem}`);
    }
    used.add(name);
    pages.push({ module, role: file.role, title: file.title ?? module.title, path: `${module.id}/${name}`, resource, source: file.path });
  }
  laidOut.set(module, pages);
  return pages;
}

/** Lay out one page per module file (review page included) and index them for link rewriting. */
export function cartridgePages(course: Course): CartridgePages {
  const byModule = new Map<string, CartridgePage[]>();
  const bySource = new Map<string, CartridgePage>();
  const reviewByFolder = new Map<string, CartridgePage>();
  const reviewByName = new Map<string, CartridgePage>();
  for (const module of course.modules) {
    const pages = modulePages(module);
    for (const page of pages) bySource.set(page.source, page);
    byModule.set(module.id, pages);
    const review = pages.find((p) => p.role === 'review');
    if (review) {
      reviewByFolder.set(module.path, review);
      // Files may sit in a wrapper folder (`extended_notes/`) whose parent names the module.
      if (module.path.split('/').pop() !== module.id) reviewByFolder.set(dirname(module.path), review);
      reviewByName.set(module.id, review);
    }
  }

  const resolve = (from: CartridgePage, href: string): { href: string; target: CartridgePage | null } => {
    if (EXTERNAL.test(href)) return { href, target: null };
    const cut = href.search(/[?#]/);
    const pathPart = cut < 0 ? href : href.slice(0, cut);
    const fragment = cut < 0 ? '' : href.slice(cut);
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathPart);
    } catch {
      return { href, target: null };
    }
    const joined = joinPath(dirname(from.source), decoded);
    if (joined === null) return { href, target: null };
    const last = joined.split('/').pop() ?? '';
    const target = bySource.get(joined) ?? reviewByFolder.get(joined) ?? (/\.[a-z0-9]+$/i.test(last) ? undefined : reviewByName.get(last));
    if (!target) return { href, target: null };
    const keep = bySource.has(joined) ? fragment : '';
    return { href: `${relativeFrom(dirname(from.path), target.path)}${keep}`, target };
  };
  return { byModule, resolve };
}
