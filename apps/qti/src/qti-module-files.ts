import type { CourseText, Module, Question, QuestionGroup } from '@coursepack/core';
import { translator } from '@coursepack/core';
import type { AssetLookup, OutputFile } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';
import type { QtiResource } from './qti-manifest.js';
import { qtiManifestXml } from './qti-manifest.js';
import { qtiItemXml } from './qti-item.js';
import { assetResources, itemImages, packageAssets } from './package-assets.js';
import { qtiTestXml } from './qti-test.js';
import type { QtiVersion } from './qti-version.js';

/** Options of {@link qtiModuleFiles}, with the course's language and labels. */
export interface QtiModuleOptions extends CourseText {
  version: QtiVersion;
  toolVersion: string;
  /** Bytes of the module's assets by path in the content folder; an asset without bytes is left out. */
  assets?: AssetLookup;
}

/** Path of a question's item file inside the package. */
export function itemPath(question: Question): string {
  return `items/${question.uid}.xml`;
}

const INTERACTION: Record<Question['kind'], string> = {
  open: 'extendedTextInteraction',
  single: 'choiceInteraction',
  multiple: 'choiceInteraction',
  'true-false': 'choiceInteraction',
  short: 'textEntryInteraction',
  numeric: 'textEntryInteraction',
};

function hasFeedback(q: Question): boolean {
  return q.kind !== 'open' && (q.feedback.general !== null || q.feedback.correct !== null || q.feedback.incorrect !== null || q.choices.some((c) => c.feedback !== null));
}

/**
 * The files of one module's QTI package: an item per question, the checkpoint as a test with one
 * section per group, the daily recall as a second test (one section per day), the images items
 * show and the files they link to that have bytes (at `assets/…`, each declared once as a
 * `webcontent` resource; an item lists the files it uses and depends on their resources), and the
 * manifest. Empty when the module has no
 * questions.
 */
export function qtiModuleFiles(module: Module, options: QtiModuleOptions): OutputFile[] {
  const files: OutputFile[] = [];
  const resources: QtiResource[] = [];
  const tests: QtiResource[] = [];
  const assets = packageAssets(module, options.assets);
  // Only files an item shows or links to: the module's pages (its explainer, say) are not in a QTI package.
  const shown = new Set<string>();
  const addTest = (name: string, title: string, groups: readonly QuestionGroup[]): void => {
    const withQuestions = groups.filter((g) => g.questions.length > 0);
    if (withQuestions.length === 0) return;
    const identifier = `${module.key}-${name}`;
    const sections = withQuestions.map((g) => ({
      identifier: `section-${g.id}`,
      title: g.title,
      items: g.questions.map((q) => ({ identifier: q.uid, href: itemPath(q) })),
    }));
    for (const group of withQuestions) {
      for (const q of group.questions) {
        const title = `${module.title} — ${group.title} ${q.number}`;
        const images = itemImages(assets, itemPath(q));
        files.push(textFile(itemPath(q), qtiItemXml(q, { version: options.version, title, imageSource: images.imageSource, linkHref: images.linkHref, language: options.language, labels: options.labels })));
        for (const p of images.used) shown.add(p.identifier);
        resources.push({
          identifier: `item-${q.uid}`,
          kind: 'item',
          href: itemPath(q),
          title,
          interactionType: INTERACTION[q.kind],
          hasFeedback: hasFeedback(q),
          hasSolution: q.kind !== 'open' || q.modelAnswer !== null,
          files: images.used.map((p) => p.asset.href),
          dependencies: images.used.map((p) => p.identifier),
        });
      }
    }
    files.push(textFile(`${name}.xml`, qtiTestXml({ identifier, title, sections, passingScore: name === 'checkpoint' ? module.passingScore : null }, options.version)));
    tests.push({ identifier: `test-${identifier}`, kind: 'test', href: `${name}.xml`, title, dependencies: withQuestions.flatMap((g) => g.questions.map((q) => `item-${q.uid}`)) });
  };
  const t = translator(options);
  addTest('checkpoint', `${module.title} — ${t('checkpoint')}`, module.checkpoint.groups);
  addTest('daily-recall', `${module.title} — ${t('dailyRecall')}`, module.recall.groups);
  if (files.length === 0) return [];
  for (const p of assets.packaged.values()) if (shown.has(p.identifier)) files.push(p.file);
  const images = assetResources(assets).filter((r) => shown.has(r.identifier));
  files.push(textFile('imsmanifest.xml', qtiManifestXml([...tests, ...resources, ...images], { version: options.version, identifier: `manifest-${module.key}`, toolVersion: options.toolVersion })));
  return files;
}
