import type { Course, Module, QuestionGroup } from '@coursepack/core';

/** Name of the category that holds a module's daily-recall groups. */
export const RECALL_CATEGORY = 'Daily recall';

/** A group of questions and the category names it goes in, course first. */
export interface QuestionSet {
  category: string[];
  group: QuestionGroup;
  isRecall: boolean;
}

/** The question groups of a module, checkpoint first, then recall in a category of its own. */
export function questionSets(course: Course, module: Module): QuestionSet[] {
  const checkpoint = module.checkpoint.groups.map((group) => ({ category: [course.title, module.title, group.title], group, isRecall: false }));
  const recall = module.recall.groups.map((group) => ({ category: [course.title, module.title, RECALL_CATEGORY, group.title], group, isRecall: true }));
  return [...checkpoint, ...recall].filter((set) => set.group.questions.length > 0);
}
