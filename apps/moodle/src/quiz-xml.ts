import type { Course, Diagnostic, Module } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { categoryPath } from './category-path.js';
import type { AssetLookup } from '@coursepack/export-kit';
import { exportNotice, listWords } from '@coursepack/export-kit';
import { moduleImages } from './internal/module-images.js';
import { nonQuestionParts } from './non-question-parts.js';
import { writeQuestion } from './internal/write-question.js';
import { newQuiz, plainText, serializeXml } from './internal/xml-node.js';
import { questionSets } from './question-sets.js';

/** A Moodle XML question bank and the notices about what it left out. */
export interface QuizXml {
  xml: string;
  diagnostics: Diagnostic[];
  /** Questions written (categories aside): Moodle refuses to import a bank without any. */
  questions: number;
}

/**
 * Moodle XML (`<quiz>`) for modules: a category per checkpoint group, `$course$/<course>/<module>/<group>`,
 * recall groups under `<module>/Daily recall/`, then the group's questions. Each text carries, base64
 * encoded, the image files of `assets` its HTML shows, and shows them from there
 * (`@@PLUGINFILE@@/…`); an image without bytes keeps its `src`.
 */
export function quizXml(course: Course, modules: readonly Module[], assets?: AssetLookup): QuizXml {
  const { doc, quiz } = newQuiz();
  const diagnostics: Diagnostic[] = [];
  let questions = 0;
  const t = translator(course);
  for (const module of modules) {
    const images = moduleImages(module, assets);
    for (const set of questionSets(course, module)) {
      const category = quiz.ele('question', { type: 'category' });
      plainText(category, 'category', categoryPath(set.category));
      for (const question of set.group.questions) {
        const reason = writeQuestion(quiz, set.group, question, images, t);
        if (reason === null) questions++;
        else diagnostics.push(exportNotice('moodle-question-skipped', 'warning', `Question ${question.uid} is left out of Moodle XML because ${reason}`, question.place, module.id));
      }
    }
    const parts = nonQuestionParts(module);
    if (parts.length > 0) diagnostics.push(exportNotice('moodle-questions-only', 'info', `Moodle XML carries questions only, so ${listWords(parts)} of this module ${parts.length === 1 ? 'is' : 'are'} not exported`, module.place, module.id));
  }
  return { xml: serializeXml(doc), diagnostics, questions };
}
