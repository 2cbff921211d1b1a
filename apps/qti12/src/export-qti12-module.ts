import type { CourseText, Diagnostic, Module, ModuleAsset, QuestionGroup } from '@coursepack/core';
import { assetFile, translator } from '@coursepack/core';
import type { ExportInput, ExportResult, OutputFile } from '@coursepack/export-kit';
import { assetFiles, exportNotice, linkableFiles, textFile, zipFiles } from '@coursepack/export-kit';
import { assetIdent } from './asset-ident.js';
import { imageSources } from './image-sources.js';
import { itemHtml } from './internal/item-html.js';
import { qtiIdent } from './qti-ident.js';
import { writeAssessmentMeta } from './write-assessment-meta.js';
import { writeQtiAssessment } from './write-qti-assessment.js';
import type { Qti12PackageFile, Qti12PackageQuiz } from './write-qti12-manifest.js';
import { writeQti12Manifest } from './write-qti12-manifest.js';

const countQuestions = (groups: readonly QuestionGroup[]): number => groups.reduce((n, g) => n + g.questions.length, 0);
const sumPoints = (groups: readonly QuestionGroup[]): number => groups.reduce((n, g) => g.questions.reduce((m, q) => m + q.points, n), 0);

// Canvas keeps course files under `web_resources/` in its packages and points at them as
// `$IMS-CC-FILEBASE$/<path below it>`; on import it drops the token and finds the file by path.
const FILES_FOLDER = 'web_resources';
const FILE_BASE = '$IMS-CC-FILEBASE$';

/**
 * One module as a Canvas QTI package (`<module-id>.zip`): the checkpoint as a graded quiz with a
 * question group per checkpoint group, the daily recall as a separate practice quiz, and the
 * images the quizzes show under `web_resources/assets/`, shown from the items as
 * `$IMS-CC-FILEBASE$/assets/…`, with the files their questions link to beside them. Canvas adds
 * every file of the package to the course's files, so the module's other images (its explainer's,
 * its gate's) stay out.
 */
export async function exportQti12Module(module: Module, input: Pick<ExportInput, 'assets'> & { course?: CourseText } = {}): Promise<ExportResult> {
  const t = translator(input.course);
  const diagnostics: Diagnostic[] = [];
  const files: OutputFile[] = [];
  const quizzes: Qti12PackageQuiz[] = [];
  const packed = module.assets.filter((a) => input.assets?.get(a.path));
  const linkable = linkableFiles(module, input.assets);
  // The images the quizzes show and the files their questions link to, that have bytes.
  const held = new Set<ModuleAsset>();
  const parts = [
    { ident: qtiIdent(`${module.key}.checkpoint`), title: `${module.title} — ${t('checkpoint')}`, groups: module.checkpoint.groups, quizType: 'assignment' as const },
    { ident: qtiIdent(`${module.key}.recall`), title: `${module.title} — ${t('dailyRecall')}`, groups: module.recall.groups, quizType: 'practice_quiz' as const },
  ];
  for (const part of parts) {
    if (countQuestions(part.groups) === 0) continue;
    const sources = imageSources(module.assets, (asset) => `${FILE_BASE}/${asset.href}`, linkable);
    const written = writeQtiAssessment({ ident: part.ident, title: part.title, groups: part.groups }, { profile: 'canvas', module: module.id, imageSrc: sources.imageSrc, linkHref: sources.linkHref, t });
    diagnostics.push(...written.diagnostics);
    const descriptionHtml = itemHtml(module.focus?.html ?? '', sources);
    for (const file of sources.shown()) if (packed.includes(file) || linkable.has(file.href)) held.add(file);
    const shows = sources.shown().filter((a) => held.has(a)).map(assetIdent);
    const quiz = { ident: part.ident, qtiPath: `${part.ident}/${part.ident}.xml`, metaPath: `${part.ident}/assessment_meta.xml`, shows };
    quizzes.push(quiz);
    files.push(textFile(quiz.qtiPath, written.xml));
    const meta = { ident: part.ident, title: part.title, descriptionHtml, pointsPossible: sumPoints(part.groups), quizType: part.quizType };
    files.push(textFile(quiz.metaPath, writeAssessmentMeta(meta)));
  }
  if (quizzes.length === 0) {
    diagnostics.push(exportNotice('qti-no-questions', 'info', `Module ${module.id} has no checkpoint or recall questions; no QTI package was written`, module.place, module.id));
    return { files: [], diagnostics };
  }
  // In the module's order: its images, then the files linked to.
  const carried = [...packed.filter((a) => held.has(a)), ...[...held].filter((f) => !packed.includes(f))];
  const packageFiles: Qti12PackageFile[] = carried.map((a) => ({ ident: assetIdent(a), path: `${FILES_FOLDER}/${assetFile(a)}` }));
  files.push(textFile('imsmanifest.xml', writeQti12Manifest(qtiIdent(`${module.key}.qti12`), module.title, quizzes, packageFiles)), ...assetFiles({ assets: carried }, input, FILES_FOLDER));
  return { files: [{ path: `${module.id}.zip`, bytes: await zipFiles(files) }], diagnostics };
}
