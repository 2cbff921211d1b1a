import type { Diagnostic, Module, QuestionGroup } from '@coursepack/core';
import type { ExportResult, OutputFile } from '@coursepack/export-kit';
import { exportNotice, textFile, zipFiles } from '@coursepack/export-kit';
import { qtiIdent } from './qti-ident.js';
import { writeAssessmentMeta } from './write-assessment-meta.js';
import { writeQtiAssessment } from './write-qti-assessment.js';
import type { Qti12PackageQuiz } from './write-qti12-manifest.js';
import { writeQti12Manifest } from './write-qti12-manifest.js';

const countQuestions = (groups: readonly QuestionGroup[]): number => groups.reduce((n, g) => n + g.questions.length, 0);
const sumPoints = (groups: readonly QuestionGroup[]): number => groups.reduce((n, g) => g.questions.reduce((m, q) => m + q.points, n), 0);

/**
 * One module as a Canvas QTI package (`<module-id>.zip`): the checkpoint as a graded quiz with a
 * question group per checkpoint group, and the daily recall as a separate practice quiz.
 */
export async function exportQti12Module(module: Module): Promise<ExportResult> {
  const diagnostics: Diagnostic[] = [];
  const files: OutputFile[] = [];
  const quizzes: Qti12PackageQuiz[] = [];
  const parts = [
    { ident: qtiIdent(`${module.key}.checkpoint`), title: `${module.title} — Checkpoint`, groups: module.checkpoint.groups, quizType: 'assignment' as const },
    { ident: qtiIdent(`${module.key}.recall`), title: `${module.title} — Daily recall`, groups: module.recall.groups, quizType: 'practice_quiz' as const },
  ];
  for (const part of parts) {
    if (countQuestions(part.groups) === 0) continue;
    const written = writeQtiAssessment({ ident: part.ident, title: part.title, groups: part.groups }, { profile: 'canvas', module: module.id });
    diagnostics.push(...written.diagnostics);
    const quiz = { ident: part.ident, qtiPath: `${part.ident}/${part.ident}.xml`, metaPath: `${part.ident}/assessment_meta.xml` };
    quizzes.push(quiz);
    files.push(textFile(quiz.qtiPath, written.xml));
    const meta = { ident: part.ident, title: part.title, descriptionHtml: module.focus?.html ?? '', pointsPossible: sumPoints(part.groups), quizType: part.quizType };
    files.push(textFile(quiz.metaPath, writeAssessmentMeta(meta)));
  }
  if (quizzes.length === 0) {
    diagnostics.push(exportNotice('qti-no-questions', 'info', `Module ${module.id} has no checkpoint or recall questions; no QTI package was written`, module.place, module.id));
    return { files: [], diagnostics };
  }
  files.push(textFile('imsmanifest.xml', writeQti12Manifest(qtiIdent(`${module.key}.qti12`), module.title, quizzes)));
  return { files: [{ path: `${module.id}.zip`, bytes: await zipFiles(files) }], diagnostics };
}
