import type { Question } from '@coursepack/core';

// Moodle accepts only grades from a fixed list (question_bank::fraction_options_full, matched to
// 0.00001): these are the shares 1/k of it, written as percentages the way Moodle writes them.
const SHARES = ['100', '50', '33.33333', '25', '20', '16.66667', '14.28571', '12.5', '11.11111', '10'];

/** The largest number of correct choices a multiple-answer question can share 100% between. */
export const MAX_SHARED_CORRECT = SHARES.length;

/**
 * Moodle grade percentages of a choice question's choices, in order: the correct choices of a
 * multiple-answer question share 100% and each wrong one takes the same share off (Moodle floors
 * the total at zero); single and true-false give 100 and 0. Null when Moodle cannot express it
 * (no correct choice, or more correct choices than its grade list can share).
 */
export function choiceFractions(question: Pick<Question, 'kind' | 'choices'>): string[] | null {
  const correct = question.choices.filter((c) => c.isCorrect).length;
  if (correct === 0) return null;
  if (question.kind !== 'multiple') return question.choices.map((c) => (c.isCorrect ? '100' : '0'));
  const share = SHARES[correct - 1];
  if (share === undefined) return null;
  return question.choices.map((c) => (c.isCorrect ? share : `-${share}`));
}
