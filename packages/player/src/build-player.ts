import type { Course, Diagnostic, FileRole, Module } from '@coursepack/core';
import { contentPathOfUrl, isExternalUrl, renderDocumentHtml, translator } from '@coursepack/core';
import type { ExportInput, OutputFile } from '@coursepack/export-kit';
import { assetFiles, disableLinks, downloadFiles, exportNotice, linkableFiles, linkedFile, rewriteLinks, textFile } from '@coursepack/export-kit';
import { rebaseImageSrc } from './internal/rebase-image-src.js';
import { playerAssets } from './player-assets.js';
import type { ScormVersion } from './player-data.js';
import { maxScore, playerData } from './player-data.js';
import { renderDocumentPage } from './render-document-page.js';
import { renderPlayerPage } from './render-player-page.js';
import { renderRecallPage } from './render-recall-page.js';
import type { SuspendDataBudget } from './suspend-data-budget.js';
import { suspendDataBudget } from './suspend-data-budget.js';

/** Largest cmi.suspend_data per SCORM version, in characters. */
export const SUSPEND_DATA_LIMITS: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** Options of {@link buildPlayer}. */
export interface BuildPlayerOptions {
  /** The LMS the state must fit; null for a browser-only player. */
  version: ScormVersion | null;
  /** Folder of the module's files inside the output (`''` or `<module>/`). */
  prefix?: string;
  /** Folder of a runtime copy shared by several players (`player/`), from the output root; without it the module gets its own. */
  sharedAssets?: string;
  /** Folder of a module in a course package, by module id (to link modules to each other). */
  folderOf?: (moduleId: string) => string;
  /**
   * Folder, from the output root, whose `assets/` holds the images and downloads of several players
   * once (`''`: the root); the pages show and link to them there and the files leave them out.
   * Without it, the module's images and downloads (those with bytes in `input.assets`) are among
   * its files, in `<prefix>assets/`.
   */
  sharedImages?: string;
}

/** The player's files plus what the build found out. */
export interface BuiltPlayer {
  files: OutputFile[];
  /** The page to launch, relative to the output root. */
  launch: string;
  diagnostics: Diagnostic[];
  suspendData: SuspendDataBudget | null;
  /** Largest score the player reports (see {@link maxScore}). */
  maxScore: number;
}

// Module files carried as pages, as written (the daily recall is built from the model instead).
const PAGE_ROLES = [
  ['explainer', 'explainer.html'],
  ['study-material', 'study-material.html'],
  ['weekly-plan', 'weekly-plan.html'],
  ['hands-on-lab', 'hands-on-lab.html'],
] as const;
const RECALL_PAGE = 'daily-recall.html';
const PAGE_OF_ROLE: ReadonlyMap<FileRole, string> = new Map<FileRole, string>([...PAGE_ROLES, ['daily-recall', RECALL_PAGE], ['review', 'index.html']]);

/**
 * The page a link written in the file `from` leads to, read as validation reads it: one of this
 * module's pages (`02_explainer.md#sec-1`, `../m1/02_explainer.md` from m1 → `explainer.html#sec-1`)
 * or, in a course package where each module's player sits in a folder of its own, another
 * module's (`../m2/02_explainer.md#sec-1` → `../<m2's folder>/explainer.html#sec-1`); null for
 * anything else.
 */
function pageOfLink(href: string, from: string, own: ReadonlyMap<string, string>, others: OtherModules | undefined): string | null {
  if (isExternalUrl(href)) return null;
  const target = contentPathOfUrl(from, href);
  if (target === null) return null;
  const hash = href.includes('#') ? href.slice(href.indexOf('#')) : '';
  const page = own.get(target);
  if (page) return `${page}${hash}`;
  if (!others) return null;
  for (const other of others.course.modules) {
    if (other.id === others.moduleId) continue;
    const file = other.files.find((f) => f.path === target);
    const otherPage = file ? PAGE_OF_ROLE.get(file.role) : undefined;
    if (otherPage) return `../${encodeURIComponent(others.folderOf(other.id))}/${otherPage}${hash}`;
  }
  return null;
}

interface OtherModules {
  course: Course;
  moduleId: string;
  folderOf: (moduleId: string) => string;
}

/**
 * Build the learner player of one module: `index.html`, a page per other module file (explainer,
 * study material, weekly plan, lab, and the daily recall without its answers), the runtime, the
 * images and the files the module links to (downloads). Links between the module's files lead to
 * their pages, and links to downloads to where the package holds them.
 */
export function buildPlayer(module: Module, input: ExportInput, options: BuildPlayerOptions): BuiltPlayer {
  const prefix = options.prefix ?? '';
  const up = '../'.repeat(prefix.split('/').length - 1);
  const assetBase = options.sharedAssets === undefined ? '' : `${up}${options.sharedAssets}`;
  const imageBase = options.sharedImages === undefined ? '' : `${up}${options.sharedImages}`;
  const showImages = (html: string): string => rebaseImageSrc(html, module.assets, imageBase);
  const pages = new Map<string, string>();
  const documents: { page: string; title: string; path: string }[] = [];
  for (const [role, page] of PAGE_ROLES) {
    const file = module.files.find((f) => f.role === role);
    if (file && input.documents.has(file.path)) {
      pages.set(file.name, page);
      documents.push({ page, title: file.title ?? file.name, path: file.path });
    }
  }
  const recallFile = module.files.find((f) => f.role === 'daily-recall');
  // Whenever the module has a daily recall, so that another module's link to it always has a page.
  const recall = recallFile ? { page: RECALL_PAGE, title: recallFile.title ?? recallFile.name, path: recallFile.path } : null;
  if (recallFile) pages.set(recallFile.name, RECALL_PAGE);
  // Links moved to another module's pages or to carried files, which the runtime must leave enabled.
  const across = new Set<string>();
  const inCourse = options.sharedAssets !== undefined ? options.folderOf : undefined;
  // Links to a module (its folder), as validation resolved them, lead to its player in a course package.
  const moduleLink = new Map(inCourse ? module.links.flatMap((l) => (l.target === null ? [] : [[l.href, `../${inCourse(l.target)}/index.html`] as const])) : []);
  const reviewFile = module.files.find((f) => f.role === 'review');
  // This module's pages by the path of the file each shows.
  const ownPages = new Map<string, string>([...documents.map((d) => [d.path, d.page] as const), ...(recall ? [[recall.path, recall.page] as const] : []), ...(reviewFile ? [[reviewFile.path, 'index.html'] as const] : [])]);
  const others = inCourse ? { course: input.course, moduleId: module.id, folderOf: inCourse } : undefined;
  // The files the module links to that the package carries (with bytes), downloads and images alike, by the HTML's href.
  const carried = linkableFiles(module, input.assets);
  const rewriteFrom = (sourcePath: string) => (href: string): string => {
    if (carried.has(linkedFile(href).file)) {
      // Beside the images: the module's own `assets/`, or the folder several players share.
      const moved = `${imageBase}${href}`;
      across.add(moved);
      return moved;
    }
    const other = moduleLink.get(href);
    if (other) {
      across.add(other);
      return other;
    }
    const page = pageOfLink(href, sourcePath, ownPages, others);
    if (page && page.startsWith('../')) across.add(page);
    return page ?? href;
  };
  const rewriteHref = rewriteFrom(reviewFile?.path ?? `${module.path}/`);

  const notIncluded = translator(input.course)('notIncluded');
  const data = playerData(module, input.course);
  data.pages = ['index.html', ...documents.map((d) => d.page), ...(recall ? [recall.page] : [])];
  // On a page without the runtime, a relative link that leads to none of the package's pages is made inert.
  const leadsSomewhere = (href: string): boolean => isExternalUrl(href) || href.startsWith('/') || across.has(href) || data.pages.includes(href.split('#')[0] ?? '');
  // The model's HTML keeps links as written (`02_explainer.md#sec-1`): they are moved to the pages here.
  const withPages = (html: string, rewrite = rewriteHref): string => showImages(rewriteLinks(html, rewrite));
  // In a course package every module sits in a sibling folder, so a link to another module can open its player.
  for (const [href, page] of moduleLink) data.moduleLinks[href] = page;
  const diagnostics: Diagnostic[] = [];
  let budget: SuspendDataBudget | null = null;
  if (options.version) {
    budget = suspendDataBudget(data, SUSPEND_DATA_LIMITS[options.version]);
    data.suspendLimit = budget.limit;
    data.textBudget = budget.textBudget;
    if (!budget.fits) {
      diagnostics.push(
        exportNotice('scorm-suspend-data-too-large', 'warning', `Module ${module.id} can save up to ${budget.fixedMax} characters of learner state even without notes, more than the ${budget.limit} SCORM ${options.version} allows for cmi.suspend_data; the LMS may not resume it`, module.place, module.id),
      );
    }
  }

  const renderIndex = () => withPages(renderPlayerPage(module, data, { courseTitle: input.course.title, pages, assetBase, language: input.course.language, labels: input.course.labels }));
  let index = renderIndex();
  if (across.size > 0) {
    // The runtime disables a link to a page it does not know: those to other modules' pages and to
    // carried files, found only as the page's links were moved, are made known, and the page
    // rendered again.
    for (const href of across) data.moduleLinks[href] = href;
    index = renderIndex();
  }
  const files: OutputFile[] = [textFile(`${prefix}index.html`, index)];
  if (recall) files.push(textFile(`${prefix}${recall.page}`, disableLinks(withPages(renderRecallPage(module, recall.title, pages, assetBase, input.course), rewriteFrom(recall.path)), leadsSomewhere, notIncluded)));
  for (const doc of documents) {
    const parsed = input.documents.get(doc.path);
    if (parsed) files.push(textFile(`${prefix}${doc.page}`, showImages(disableLinks(renderDocumentPage(doc.title, renderDocumentHtml(parsed, { rewriteHref: rewriteFrom(doc.path) }), assetBase, input.course.language), leadsSomewhere, notIncluded))));
  }
  if (options.sharedAssets === undefined) files.push(...playerAssets(prefix));
  if (options.sharedImages === undefined) files.push(...assetFiles(module, input, prefix.replace(/\/$/, '')), ...downloadFiles(module, input, prefix.replace(/\/$/, '')));
  return { files, launch: `${prefix}index.html`, diagnostics, suspendData: budget, maxScore: maxScore(data) };
}
