import type { Diagnostic, FileRole, Module, QuestionGroup } from '@coursepack/core';
import type { ExportInput, ExportOptions, ExportResult, OutputFile } from '@coursepack/export-kit';
import { textFile, zipFiles } from '@coursepack/export-kit';
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
  const ordered = [...(pages.byModule.get(module.id) ?? [])].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
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

/**
 * The whole course as one Common Cartridge (`course.imscc`): a folder per module with its pages
 * and its checkpoint and recall as CC QTI 1.2.1 assessments. 1.1 unless `ccVersion` is `1.3`.
 */
export async function exportCartridge(input: ExportInput, options: Pick<ExportOptions, 'ccVersion'> = {}): Promise<ExportResult> {
  const profile = ccProfileOf(options.ccVersion ?? '1.1');
  const pages = cartridgePages(input.course);
  const items: CartridgeItem[] = [];
  const resources: CartridgeResource[] = [];
  const files: OutputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const module of input.course.modules) {
    const parts = exportModulePart(module, input, pages, profile);
    items.push({ identifier: qtiIdent(`${module.key}.folder`), title: module.title, children: parts.items });
    resources.push(...parts.resources);
    files.push(...parts.files);
    diagnostics.push(...parts.diagnostics);
  }
  const slug = input.course.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const manifest = { identifier: qtiIdent(`cartridge.${slug || 'course'}`), title: input.course.title, items, resources };
  files.push(textFile('imsmanifest.xml', writeCcManifest(manifest, profile)));
  return { files: [{ path: 'course.imscc', bytes: await zipFiles(files) }], diagnostics };
}
