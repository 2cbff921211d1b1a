import type { QuestionKind } from '@coursepack/core';

/** Canvas `question_type` of each kind (Classic Quizzes names; New Quizzes maps them on import). */
export const CANVAS_QUESTION_TYPE: Record<QuestionKind, string> = {
  open: 'essay_question',
  single: 'multiple_choice_question',
  multiple: 'multiple_answers_question',
  'true-false': 'true_false_question',
  short: 'short_answer_question',
  numeric: 'numerical_question',
};

/** IMS CC 1.1 QTI profile `cc_profile` of each kind (CC has no numeric type: fill-in-blank). */
export const CC_QUESTION_PROFILE: Record<QuestionKind, string> = {
  open: 'cc.essay.v0p1',
  single: 'cc.multiple_choice.v0p1',
  multiple: 'cc.multiple_response.v0p1',
  'true-false': 'cc.true_false.v0p1',
  short: 'cc.fib.v0p1',
  numeric: 'cc.fib.v0p1',
};
