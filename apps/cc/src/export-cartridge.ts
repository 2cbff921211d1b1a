import type { Course, Diagnostic, FileRole, Module, QuestionGroup } from '@coursepack/core';
import type { AssembledResult, ExportInput, ExportOptions, ExportResult, OutputFile, ReadParts } from '@coursepack/export-kit';
import { collectFiles, linkableFiles, mergeZips, readPart, textFile, withoutPageLinks, zipFiles } from '@coursepack/export-kit';
import { imageSources, qtiIdent, writeQtiAssessment } from '@coursepack/qti12';
import type { CartridgeAsset } from './cartridge-assets.js';
import { assetResource, cartridgeAssetParts, shownAssets } from './cartridge-assets.js';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { cartridgePages } from './cartridge-pages.js';
import type { CcProfile } from './cc-version.js';
import { ccProfileOf } from './cc-version.js';
import { dirname, relativeFrom } from './internal/posix-path.js';
import type { RenderedPage } from './internal/page-links.js';
import { renderRecallPage, renderReviewPage } from './render-review-page.js';
import { renderDocumentPage } from './render-document-page.js';
import type { CartridgeItem, CartridgeResource } from './write-cc-manifest.js';
import { writeCcManifest } from './write-cc-manifest.js';

// Assessments point at files as `$IMS-CC-FILEBASE$/` and a path from their own folder, which the
// importer replaces with that folder's place (Moodle joins the rest to it; Canvas drops the token and `../`).
const FILE_BASE = '$IMS-CC-FILEBASE$';

// The review page opens each module folder, then the reading it sends learners to.
const ORDER: FileRole[] = ['review', 'explainer', 'study-material', 'weekly-plan', 'daily-recall', 'hands-on-lab'];

interface ModuleParts {
  items: CartridgeItem[];
  resources: CartridgeResource[];
  files: OutputFile[];
  diagnostics: Diagnostic[];
  /** The module's images that the cartridge holds; their resources are written once per cartridge. */
  assets: CartridgeAsset[];
}

function exportModulePart(module: Module, input: ExportInput, pages: CartridgePages, profile: CcProfile, assets: CartridgeAsset[]): ModuleParts {
  const parts: ModuleParts = { items: [], resources: [], files: [], diagnostics: [], assets };
  const ordered = [...pages.of(module)].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
  for (const page of ordered) {
    let rendered: RenderedPage;
    if (page.role === 'review') rendered = renderReviewPage(module, page, pages);
    else if (page.role === 'daily-recall') rendered = renderRecallPage(module, page, pages);
    else {
      const document = input.documents.get(page.source);
      if (!document) continue;
      rendered = renderDocumentPage(document, page, pages);
    }
    parts.files.push(textFile(page.path, rendered.html));
    const dependencies = [...new Set([...rendered.linksTo.map((p: CartridgePage) => p.resource), ...shownAssets(rendered.shows, assets)])].sort();
    parts.resources.push({ identifier: page.resource, type: 'webcontent', href: page.path, files: [page.path], dependencies });
    parts.items.push({ identifier: `${page.resource}.item`, title: page.title, identifierref: page.resource });
  }
  // An assessment's links to the module's pages would open an error page: they are made inert.
  // Those to files the cartridge holds (every one with bytes) lead there, as the pages' links do.
  const linkable = linkableFiles(module, input.assets);
  const quizModule = withoutPageLinks(module, input.course, input.assets);
  const quizzes: [string, string, readonly QuestionGroup[]][] = [
    ['checkpoint', pages.t('checkpoint'), quizModule.checkpoint.groups],
    ['recall', pages.t('dailyRecall'), quizModule.recall.groups],
  ];
  for (const [name, label, groups] of quizzes) {
    if (!groups.some((g) => g.questions.length > 0)) continue;
    const ident = qtiIdent(`${module.key}.${name}`);
    const title = `${module.title} — ${label}`;
    const path = `${module.id}/${name}.xml`;
    const images = imageSources(module.assets, (asset) => `${FILE_BASE}/${relativeFrom(dirname(path), asset.href)}`, linkable);
    const written = writeQtiAssessment({ ident, title, groups }, { profile: 'cc', module: module.id, schemaLocation: profile.qtiSchemaLocation, imageSrc: images.imageSrc, linkHref: images.linkHref, t: pages.t });
    parts.files.push(textFile(path, written.xml));
    parts.diagnostics.push(...written.diagnostics);
    parts.resources.push({ identifier: ident, type: profile.assessmentType, files: [path], dependencies: shownAssets(images.shown(), assets).sort() });
    parts.items.push({ identifier: `${ident}.item`, title, identifierref: ident });
  }
  return parts;
}

const PART_INDEX = 'part.json';
const PART_FILES = 'files.zip';

// Level 6: a large cartridge is made of these, and 9 costs twice the time for ~1% of size.
const ZIP_LEVEL = 6;

/**
 * One module's share of the cartridge: its pages and assessments, already compressed as a small
 * zip (so the cartridge copies them instead of compressing the course again), each of its images
 * as a zip of its own, plus `part.json` with the organization items, manifest resources, images
 * and notices that the cartridge assembles.
 */
export async function cartridgeModuleParts(module: Module, input: ExportInput, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<OutputFile[]> {
  const images = await cartridgeAssetParts(module, input, ZIP_LEVEL);
  const parts = exportModulePart(module, input, cartridgePages(input.course, (path) => input.assets?.get(path) !== undefined), ccProfileOf(options.ccVersion ?? '1.1'), images.assets);
  const index = { items: parts.items, resources: parts.resources, diagnostics: parts.diagnostics, assets: parts.assets };
  return [{ path: PART_FILES, bytes: await zipFiles(parts.files, { level: ZIP_LEVEL }) }, textFile(PART_INDEX, JSON.stringify(index)), ...images.files];
}

/**
 * Assemble `course.imscc` from every module's parts. The manifest and notices come from each
 * module's `part.json`; the cartridge is then written as it is read: the manifest, then each
 * module's compressed files and the images no module before it showed, copied one module at a
 * time, so it is never held in memory. An image shown by several modules is stored and listed once.
 */
export async function assembleCartridge(course: Course, readParts: ReadParts, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<AssembledResult> {
  const profile = ccProfileOf(options.ccVersion ?? '1.1');
  const items: CartridgeItem[] = [];
  const resources: CartridgeResource[] = [];
  const diagnostics: Diagnostic[] = [];
  const decoder = new TextDecoder();
  const included: { module: Module; assets: CartridgeAsset[] }[] = [];
  const stored = new Set<string>();
  for (const module of course.modules) {
    const indexFile = await readPart(readParts, module.id, PART_INDEX);
    if (!indexFile) continue;
    const index = JSON.parse(decoder.decode(indexFile.bytes)) as Pick<ModuleParts, 'items' | 'resources' | 'diagnostics'> & Partial<Pick<ModuleParts, 'assets'>>;
    items.push({ identifier: qtiIdent(`${module.key}.folder`), title: module.title, children: index.items });
    resources.push(...index.resources);
    const fresh = (index.assets ?? []).filter((a) => !stored.has(a.file));
    for (const asset of fresh) stored.add(asset.file);
    resources.push(...fresh.map(assetResource));
    diagnostics.push(...index.diagnostics);
    included.push({ module, assets: fresh });
  }
  const slug = course.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const manifest = writeCcManifest({ identifier: qtiIdent(`cartridge.${slug || 'course'}`), title: course.title, language: course.language, items, resources }, profile);
  async function* archives(): AsyncGenerator<Uint8Array> {
    yield await zipFiles([textFile('imsmanifest.xml', manifest)], { level: ZIP_LEVEL });
    for (const { module, assets } of included) {
      const files = await readPart(readParts, module.id, PART_FILES);
      if (files) yield files.bytes;
      for (const asset of assets) {
        const image = await readPart(readParts, module.id, asset.part);
        if (image) yield image.bytes;
      }
    }
  }
  return { files: [{ path: 'course.imscc', stream: () => mergeZips(archives) }], diagnostics };
}

/**
 * The whole course as one Common Cartridge (`course.imscc`): a folder per module with its pages
 * and its checkpoint and recall as CC QTI 1.2.1 assessments. 1.1 unless `ccVersion` is `1.3`.
 */
export async function exportCartridge(input: ExportInput, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<ExportResult> {
  const byId = new Map(input.course.modules.map((m) => [m.id, m]));
  const parts = new Map<string, OutputFile[]>();
  const readParts = async (id: string) => {
    const module = byId.get(id);
    if (!module) return [];
    if (!parts.has(id)) parts.set(id, await cartridgeModuleParts(module, input, options));
    return parts.get(id) ?? [];
  };
  return collectFiles(await assembleCartridge(input.course, readParts, options));
}
