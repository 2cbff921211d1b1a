import { toString } from 'mdast-util-to-string';
import type { Document } from './document.js';
import type { ModuleFolder } from './discover-modules.js';
import type { ModuleContext } from './module-context.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import type { DocumentLinks, ImageCandidate, LinkCandidate } from './read-links.js';
import { readLinks } from './read-links.js';
import type { ModuleIndex } from './read-module-links.js';
import { readModuleLinks } from './read-module-links.js';
import { readPlan } from './read-plan.js';
import { readRecall } from './read-recall.js';
import { resolveUrl } from './resolve-reference.js';
import { assetHref } from './asset-file.js';
import type { ReviewContent } from './read-review.js';
import { emptyReviewAnchors, readReview } from './read-review.js';
import { finish, sharePoints } from './share-points.js';
import { moduleKey } from './slug.js';
import type { LabelText } from './labels.js';
import { labelOther } from './labels.js';
import type { Module, ModuleAsset, ModuleFile, Place, Question } from './types.js';

const EMPTY_REVIEW: ReviewContent = { title: null, titlePlace: null, focus: null, reviewLoop: [], reflectionPrompts: [], groups: [], checkpointPlace: null, rubric: null, gate: [], anchors: emptyReviewAnchors() };

/** Build one module from its parsed files (outlines must already be in the context). */
export function buildModule(folder: ModuleFolder, docs: Map<string, Document>, index: ModuleIndex, ctx: ModuleContext): Module {
  const docOf = (role: string): Document | undefined => {
    const f = folder.files.find((x) => x.role === role);
    return f ? docs.get(f.raw.path) : undefined;
  };
  const files: ModuleFile[] = folder.files.map((f) => ({ role: f.role, name: f.name, path: f.raw.path, title: firstHeading(docs.get(f.raw.path)) }));

  // One walk of each file for its links and images. Images first: their sources are rewritten to
  // where exporters package them before any HTML is rendered.
  const assets = new Map<string, ModuleAsset>();
  const linkCandidates: LinkCandidate[] = [];
  const pageLinks: DocumentLinks['pages'] = [];
  for (const f of folder.files) {
    const doc = docs.get(f.raw.path);
    if (!doc) continue;
    const found = readLinks(doc.tree, doc.path);
    linkCandidates.push(...found.links);
    pageLinks.push(...found.pages);
    readModuleImages(found.images, ctx, assets);
  }
  // Links too are resolved before any HTML is rendered: those to downloads lead where exporters put them.
  const downloads = new Map<string, ModuleAsset>();
  const links = readModuleLinks(linkCandidates, index, ctx, assets, downloads);

  const reviewDoc = docOf('review');
  const review = reviewDoc ? readReview(reviewDoc.tree, reviewDoc, ctx) : EMPTY_REVIEW;
  const recallDoc = docOf('daily-recall');
  const recallGroups = recallDoc ? readRecall(recallDoc.tree, recallDoc, ctx) : [];
  const planDoc = docOf('weekly-plan');
  const plan = { lists: planDoc ? readPlan(planDoc.tree, planDoc, ctx) : [] };
  checkPageLinks(pageLinks, ctx);

  const groups = sharePoints(review.groups, review.rubric, folder.id, ctx.findings);
  const key = moduleKey(folder.id);
  const withUid = (q: Question): Question => ({ ...q, uid: `${key}.${q.id}` });
  const rawTitle = review.title ?? files.find((f) => f.title !== null)?.title ?? folder.id;
  const title = rawTitle.replace(/^\d+\.\s*/, '').trim() || folder.id;
  const explainer = folder.files.find((f) => f.role === 'explainer');
  const study = folder.files.find((f) => f.role === 'study-material');
  const firstFile = folder.files[0]?.raw.path ?? folder.dir;
  const place: Place = review.titlePlace ?? placeOf(undefined, reviewDoc?.path ?? firstFile);

  return {
    id: folder.id,
    key,
    path: folder.dir,
    number: moduleNumber(rawTitle, ctx.config.labels.moduleNumber),
    title,
    focus: review.focus,
    files,
    reviewLoop: review.reviewLoop,
    reflectionPrompts: review.reflectionPrompts,
    checkpoint: { groups: groups.map((g) => ({ ...g, questions: g.questions.map(withUid) })), place: review.checkpointPlace },
    rubric: review.rubric,
    gate: review.gate,
    reviewAnchors: review.anchors,
    links,
    assets: [...assets.values()],
    downloads: [...downloads.values()],
    outline: {
      explainer: explainer ? (ctx.outlines.get(explainer.raw.path) ?? null) : null,
      studyMaterial: study ? (ctx.outlines.get(study.raw.path) ?? null) : null,
    },
    recall: { groups: recallGroups.map((g) => ({ id: g.id, title: g.title, anchor: g.anchor, place: g.place, questions: g.questions.map((q) => withUid(finish(q, null, null))) })) },
    plan,
    passingScore: ctx.config.passingScore,
    place,
  };
}

/**
 * Links to markdown files that are no module's file go into the module's links to files, checked
 * against the folder's listing once every module is in (`link-missing-file` when there is no such
 * file). A link a reference has already reported (a question's `See [the lab](05_lab.md)`) is not
 * reported twice, so this runs once the module's references are read.
 */
function checkPageLinks(pages: DocumentLinks['pages'], ctx: ModuleContext): void {
  const at = (p: Place) => `${p.file}:${p.line}:${p.column}`;
  const reported = new Set(ctx.findings.filter((f) => f.code === 'reference-missing-file' || f.code === 'path-outside-root').map((f) => at(f.place)));
  for (const page of pages) {
    if (reported.has(at(page.place))) continue;
    const path = resolveUrl(page.href, page.place, ctx);
    if (path !== null && !ctx.courseFiles.has(path)) ctx.files.push({ path, href: page.href, place: page.place });
  }
}

function firstHeading(doc: Document | undefined): string | null {
  const h = doc?.tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  if (!h || h.type !== 'heading') return null;
  return cleanText(toString(h)).trim() || null;
}

/**
 * `06. Module 17 Review — …` → 17, or as the course's `moduleNumber` label writes it (`Modul 17`);
 * else the leading number; else null. A number too large to be held exactly (more than 15 digits
 * or so) is no module number: it would print as another one.
 */
function moduleNumber(title: string, label: LabelText): number | null {
  const named = /\bmodule\s+(\d+)\b/i.exec(title) ?? labelPattern(label)?.exec(title);
  const digits = named?.[1] ?? /^(\d+)\./.exec(title)?.[1];
  const n = digits === undefined ? NaN : Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** A pattern that finds the number in a title as the label writes it (`Modul {n}` → `Modul 17`); null when the label has no `{n}`. */
function labelPattern(label: LabelText): RegExp | null {
  const text = labelOther(label);
  if (!text.includes('{n}')) return null;
  const [before = '', after = ''] = text.split('{n}').map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${before}\\s*(\\d+)${after ? `\\s*${after}` : '(?!\\p{N})'}`, 'iu');
}

/**
 * Resolve a document's images against its folder: each goes into the module's links (checked once
 * the course's listing is at hand) and its assets, and its source in the tree becomes the asset's
 * `href`, so every page and rich text rendered from the tree shows it where exporters package it.
 */
function readModuleImages(images: readonly ImageCandidate[], ctx: ModuleContext, assets: Map<string, ModuleAsset>): void {
  for (const image of images) {
    const path = resolveUrl(image.src, image.place, ctx);
    if (path === null) continue;
    ctx.images.push({ path, src: image.src, place: image.place });
    let asset = assets.get(path);
    if (!asset) assets.set(path, (asset = { path, href: assetHref(path) }));
    image.show(asset.href);
  }
}
