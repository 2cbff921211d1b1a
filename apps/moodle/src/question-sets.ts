import type { Course, Module, QuestionGroup } from '@coursepack/core';
import { DEFAULT_LABELS, translator } from '@coursepack/core';

/** Name of the category that holds a module's daily-recall groups, unless the course's labels name it otherwise (`dailyRecall`). */
export const RECALL_CATEGORY = DEFAULT_LABELS.dailyRecall;

/** A group of questions and the category names it goes in, course first. */
export interface QuestionSet {
  category: string[];
  group: QuestionGroup;
  isRecall: boolean;
}

/** The question groups of a module, checkpoint first, then recall in a category of its own. */
export function questionSets(course: Course, module: Module): QuestionSet[] {
  const checkpoint = module.checkpoint.groups.map((group) => ({ category: [course.title, module.title, group.title], group, isRecall: false }));
  const recallCategory = translator(course)('dailyRecall');
  const recall = module.recall.groups.map((group) => ({ category: [course.title, module.title, recallCategory, group.title], group, isRecall: true }));
  return [...checkpoint, ...recall].filter((set) => set.group.questions.length > 0);
}
