import type { Course, Diagnostic, FileRole, Module, QuestionGroup } from '@coursepack/core';
import type { AssembledResult, ExportInput, ExportOptions, ExportResult, OutputFile, ReadParts } from '@coursepack/export-kit';
import { collectFiles, mergeZips, readPart, textFile, zipFiles } from '@coursepack/export-kit';
import { qtiIdent, writeQtiAssessment } from '@coursepack/qti12';
import type { CartridgePage, CartridgePages } from './cartridge-pages.js';
import { cartridgePages } from './cartridge-pages.js';
import type { CcProfile } from './cc-version.js';
import { ccProfileOf } from './cc-version.js';
import type { RenderedPage } from './render-review-page.js';
import { renderReviewPage } from './render-review-page.js';
import { renderDocumentPage } from './render-document-page.js';
import type { CartridgeItem, CartridgeResource } from './write-cc-manifest.js';
import { writeCcManifest } from './write-cc-manifest.js';

// The review page opens each module folder, then the reading it sends learners to.
const ORDER: FileRole[] = ['review', 'explainer', 'study-material', 'weekly-plan', 'daily-recall', 'hands-on-lab'];

interface ModuleParts {
  items: CartridgeItem[];
  resources: CartridgeResource[];
  files: OutputFile[];
  diagnostics: Diagnostic[];
}

function exportModulePart(module: Module, input: ExportInput, pages: CartridgePages, profile: CcProfile): ModuleParts {
  const parts: ModuleParts = { items: [], resources: [], files: [], diagnostics: [] };
  const ordered = [...pages.of(module)].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
  for (const page of ordered) {
    let rendered: RenderedPage;
    if (page.role === 'review') rendered = renderReviewPage(module, page, pages);
    else {
      const document = input.documents.get(page.source);
      if (!document) continue;
      rendered = renderDocumentPage(document, page, pages);
    }
    parts.files.push(textFile(page.path, rendered.html));
    const dependencies = [...new Set(rendered.linksTo.map((p: CartridgePage) => p.resource))].sort();
    parts.resources.push({ identifier: page.resource, type: 'webcontent', href: page.path, files: [page.path], dependencies });
    parts.items.push({ identifier: `${page.resource}.item`, title: page.title, identifierref: page.resource });
  }
  const quizzes: [string, string, readonly QuestionGroup[]][] = [
    ['checkpoint', 'Checkpoint', module.checkpoint.groups],
    ['recall', 'Daily recall', module.recall.groups],
  ];
  for (const [name, label, groups] of quizzes) {
    if (!groups.some((g) => g.questions.length > 0)) continue;
    const ident = qtiIdent(`${module.key}.${name}`);
    const title = `${module.title} — ${label}`;
    const written = writeQtiAssessment({ ident, title, groups }, { profile: 'cc', module: module.id, schemaLocation: profile.qtiSchemaLocation });
    const path = `${module.id}/${name}.xml`;
    parts.files.push(textFile(path, written.xml));
    parts.diagnostics.push(...written.diagnostics);
    parts.resources.push({ identifier: ident, type: profile.assessmentType, files: [path], dependencies: [] });
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
 * zip (so the cartridge copies them instead of compressing the course again), plus `part.json`
 * with the organization items, manifest resources and notices that the cartridge assembles.
 */
export async function cartridgeModuleParts(module: Module, input: ExportInput, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<OutputFile[]> {
  const parts = exportModulePart(module, input, cartridgePages(input.course), ccProfileOf(options.ccVersion ?? '1.1'));
  const index = { items: parts.items, resources: parts.resources, diagnostics: parts.diagnostics };
  return [{ path: PART_FILES, bytes: await zipFiles(parts.files, { level: ZIP_LEVEL }) }, textFile(PART_INDEX, JSON.stringify(index))];
}

/**
 * Assemble `course.imscc` from every module's parts. The manifest and notices come from each
 * module's `part.json`; the cartridge is then written as it is read: the manifest, then each
 * module's compressed files, copied one module at a time, so it is never held in memory.
 */
export async function assembleCartridge(course: Course, readParts: ReadParts, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<AssembledResult> {
  const profile = ccProfileOf(options.ccVersion ?? '1.1');
  const items: CartridgeItem[] = [];
  const resources: CartridgeResource[] = [];
  const diagnostics: Diagnostic[] = [];
  const decoder = new TextDecoder();
  const included: Module[] = [];
  for (const module of course.modules) {
    const indexFile = await readPart(readParts, module.id, PART_INDEX);
    if (!indexFile) continue;
    const index = JSON.parse(decoder.decode(indexFile.bytes)) as Pick<ModuleParts, 'items' | 'resources' | 'diagnostics'>;
    items.push({ identifier: qtiIdent(`${module.key}.folder`), title: module.title, children: index.items });
    resources.push(...index.resources);
    diagnostics.push(...index.diagnostics);
    included.push(module);
  }
  const slug = course.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const manifest = writeCcManifest({ identifier: qtiIdent(`cartridge.${slug || 'course'}`), title: course.title, items, resources }, profile);
  async function* archives(): AsyncGenerator<Uint8Array> {
    yield await zipFiles([textFile('imsmanifest.xml', manifest)], { level: ZIP_LEVEL });
    for (const module of included) {
      const files = await readPart(readParts, module.id, PART_FILES);
      if (files) yield files.bytes;
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
