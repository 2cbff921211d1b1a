import type { Course, FileRole, Module, ModuleAsset, Translate } from '@coursepack/core';
import { contentPathOfUrl, isExternalUrl, translator } from '@coursepack/core';
import { packageHref } from '@coursepack/export-kit';
import { qtiIdent } from '@coursepack/qti12';
import { dirname, relativeFrom } from './internal/posix-path.js';
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

/**
 * Where a link leads in the cartridge: its href there, and the page it reaches (null for a link
 * to the web, an anchor, or a file no page is made from) or the download it opens. `missing` is
 * true for a relative link that reaches nothing the cartridge holds.
 */
export interface ResolvedLink {
  href: string;
  target: CartridgePage | null;
  download?: ModuleAsset;
  missing: boolean;
}

/** Every page of the cartridge and how a link written in the content reaches one. */
export interface CartridgePages {
  /** The pages of one module of the course. */
  of: (module: Module) => CartridgePage[];
  /** Rewrite a link found in a file of `from` to a cartridge-relative link; `target` is the page it reaches. */
  resolve: (from: CartridgePage, href: string) => ResolvedLink;
  /** The course's language (BCP 47), which every page declares. */
  language: string;
  /** Prints the course's labels in that language. */
  t: Translate;
}

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

type Lookup = 'bySource' | 'reviewByFolder' | 'reviewByName';

/** Where links land, over a list of modules: pages by source file, review pages by folder and name. */
interface PageIndex {
  modules: readonly Module[];
  bySource: Map<string, CartridgePage>;
  reviewByFolder: Map<string, CartridgePage>;
  reviewByName: Map<string, CartridgePage>;
  /** Whether two modules claimed one key (the later one wins), so entries cannot be swapped per module. */
  collided: boolean;
}

function indexPages(modules: readonly Module[]): PageIndex {
  const index: PageIndex = { modules, bySource: new Map(), reviewByFolder: new Map(), reviewByName: new Map(), collided: false };
  const claim = (lookup: Lookup, key: string, page: CartridgePage) => {
    if (index[lookup].has(key)) index.collided = true;
    index[lookup].set(key, page);
  };
  for (const module of modules) {
    const pages = modulePages(module);
    for (const page of pages) claim('bySource', page.source, page);
    const review = pages.find((p) => p.role === 'review');
    if (review) {
      claim('reviewByFolder', module.path, review);
      // Files may sit in a wrapper folder (`extended_notes/`) whose parent names the module.
      if (module.path.split('/').pop() !== module.id) claim('reviewByFolder', dirname(module.path), review);
      claim('reviewByName', module.id, review);
    }
  }
  return index;
}

const LOOKUPS: readonly Lookup[] = ['bySource', 'reviewByFolder', 'reviewByName'];
// At most this many modules may differ from the last index for it to be reused.
const FEW = 4;

// The index of the last course laid out. A build exports one module at a time against the same
// skeletons of all the others, so each course differs from it in a module or two: those go in a
// small index of their own, over the last one, instead of indexing every module again (which made
// a module's export cost grow with the course: 4 ms a module at 1000 modules).
let lastIndex: PageIndex | null = null;

function lookupOver(modules: readonly Module[]): (lookup: Lookup, key: string) => CartridgePage | undefined {
  const base = lastIndex;
  if (base && base.modules.length === modules.length && !base.collided) {
    const fresh: Module[] = [];
    const stale = new Set<Module>();
    for (let i = 0; i < modules.length && fresh.length <= FEW; i++) {
      const module = modules[i] as Module;
      const before = base.modules[i] as Module;
      if (module !== before) {
        fresh.push(module);
        stale.add(before);
      }
    }
    if (fresh.length <= FEW) {
      const small = indexPages(fresh);
      const current = (page: CartridgePage | undefined) => (page && !stale.has(page.module) ? page : undefined);
      // Exact only while every key has one claimant: else the order of the modules decides.
      const clash = small.collided || LOOKUPS.some((lookup) => [...small[lookup].keys()].some((key) => current(base[lookup].get(key)) !== undefined));
      if (!clash) return (lookup, key) => small[lookup].get(key) ?? current(base[lookup].get(key));
    }
  }
  const index = indexPages(modules);
  lastIndex = index;
  return (lookup, key) => index[lookup].get(key);
}

/**
 * Lay out one page per module file (review page included) and index them for link rewriting.
 * `held` tells which files of the content folder the cartridge holds (those with bytes): a link to
 * a download leads to it there, or to nothing.
 */
export function cartridgePages(course: Course, held: (path: string) => boolean = () => false): CartridgePages {
  const find = lookupOver(course.modules);

  const resolve = (from: CartridgePage, href: string): ResolvedLink => {
    // A link to the web, an anchor or an absolute path is left as written.
    if (isExternalUrl(href) || href.startsWith('/')) return { href, target: null, missing: false };
    const cut = href.search(/[?#]/);
    const fragment = cut < 0 ? '' : href.slice(cut);
    // The model's HTML links to a download, or an image the module shows, where packages put it
    // (`assets/…`, from the module's pages).
    const file = cut < 0 ? href : href.slice(0, cut);
    const download = (from.module.downloads ?? []).find((d) => d.href === file) ?? from.module.assets.find((a) => a.href === file);
    if (download) return held(download.path) ? { href: `${relativeFrom(dirname(from.path), download.href)}${fragment}`, target: null, download, missing: false } : { href, target: null, missing: true };
    // Read as validation reads it.
    const joined = contentPathOfUrl(from.source, href);
    if (joined === null) return { href, target: null, missing: true };
    const name = joined.split('/').pop() ?? '';
    const page = find('bySource', joined);
    const target = page ?? find('reviewByFolder', joined) ?? (/\.[a-z0-9]+$/i.test(name) ? undefined : find('reviewByName', name));
    if (!target) return { href, target: null, missing: true };
    const keep = page ? fragment : '';
    return { href: `${packageHref(relativeFrom(dirname(from.path), target.path))}${keep}`, target, missing: false };
  };
  return { of: modulePages, resolve, language: course.language, t: translator(course) };
}
