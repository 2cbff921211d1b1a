import type { CourseText, Labels, Module, Question } from '@coursepack/core';
import { courseLabels } from '@coursepack/core';

/** SCORM version the player reports to, or null to keep state in the browser only. */
export type ScormVersion = '1.2' | '2004';

/** Interaction types shared by SCORM 1.2 and 2004 (2004 adds long-fill-in for open answers). */
export type InteractionType = 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'numeric';

/** What the runtime needs to score one question and report it as an interaction. */
export interface PlayerQuestion {
  uid: string;
  kind: Question['kind'];
  points: number;
  type: InteractionType;
  /** Plain text of the prompt, at most 250 characters (the SCORM 2004 SPM). */
  description: string;
  /** Ids of every choice, in order. */
  choices: string[];
  /** Ids of the correct choices. */
  correct: string[];
  /** For true-false: the choice id that means "true". */
  trueChoice: string | null;
  answers: string[];
  numeric: { value: number; tolerance: number } | null;
  /** Index of the rubric criterion that scores this question, or null. */
  criterion: number | null;
}

/** One rubric row as the runtime scores it: objective questions score automatically, the rest by hand. */
export interface PlayerCriterion {
  max: number;
  /** The part of `max` the learner scores by hand (max minus the objective questions' points). */
  selfMax: number;
  questions: number[];
}

/** The per-module data embedded in the player page. */
export interface PlayerData {
  moduleId: string;
  /** localStorage key of the browser copy of the state. */
  storageKey: string;
  passingScore: number | null;
  questions: PlayerQuestion[];
  criteria: PlayerCriterion[];
  reflections: number;
  gate: number;
  /** Longest accepted short or numeric answer, in characters. */
  shortMax: number;
  /** Largest suspend_data the LMS accepts (0: no limit). */
  suspendLimit: number;
  /** Encoded characters each note or open answer may keep in the LMS copy when the state is too large. */
  textBudget: number;
  /** Pages of the package a link may open (others are not in the package). */
  pages: string[];
  /** Links to other modules as written → their player in a course package. */
  moduleLinks: Record<string, string>;
  /** The course's language, whose plural rules pick a label's form. */
  language: string;
  /** The labels the runtime prints (results, progress, disabled links). */
  labels: Pick<Labels, RuntimeLabel>;
}

/** The labels the runtime prints, as it finds them in the data. */
export const RUNTIME_LABELS = ['resultCorrect', 'resultIncorrect', 'enterNumber', 'answerFirst', 'completed', 'inProgress', 'savedInBrowser', 'reportedToLms', 'notIncluded'] as const;
type RuntimeLabel = (typeof RUNTIME_LABELS)[number];

/** Longest short or numeric answer the player accepts. */
export const SHORT_ANSWER_MAX = 100;

const TYPES: Record<Question['kind'], InteractionType> = {
  open: 'long-fill-in',
  single: 'choice',
  multiple: 'choice',
  'true-false': 'true-false',
  short: 'fill-in',
  numeric: 'numeric',
};

/** Every question of a module's checkpoint, in page order. */
export function moduleQuestions(module: Module): Question[] {
  return module.checkpoint.groups.flatMap((g) => g.questions);
}

/** Round to 2 decimals, as every score the player reports. */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Build the data the player runtime scores and reports with (text budget filled in separately). */
export function playerData(module: Module, text: CourseText = {}): PlayerData {
  const questions = moduleQuestions(module);
  const criteria = module.rubric?.criteria ?? [];
  const criterionIndex = new Map(criteria.map((c, i) => [c.label, i]));
  const playerQuestions = questions.map((q): PlayerQuestion => {
    const at = q.criterion === null ? undefined : criterionIndex.get(q.criterion);
    const scored = at !== undefined && criteria[at]?.max != null;
    return {
      uid: q.uid,
      kind: q.kind,
      points: q.points,
      type: TYPES[q.kind],
      // The plain text keeps inline HTML as written; the LMS report gets the words only.
      description: q.prompt.text.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim().slice(0, 250),
      choices: q.choices.map((c) => c.id),
      correct: q.choices.filter((c) => c.isCorrect).map((c) => c.id),
      trueChoice: q.kind === 'true-false' ? (q.choices.find((c) => c.text.text.trim().toLowerCase() === 'true')?.id ?? null) : null,
      answers: q.kind === 'short' ? q.answers : [],
      numeric: q.numeric,
      criterion: scored ? at : null,
    };
  });
  const playerCriteria = criteria.map((c, i): PlayerCriterion => {
    const objective = playerQuestions.flatMap((q, at) => (q.criterion === i && q.kind !== 'open' ? [at] : []));
    const auto = objective.reduce((sum, at) => sum + (playerQuestions[at]?.points ?? 0), 0);
    const max = c.max ?? 0;
    return { max, selfMax: roundScore(Math.max(0, max - auto)), questions: objective };
  });
  // As `translator` picks them, so the runtime's messages match the page's words.
  const labels = courseLabels(text);
  return {
    moduleId: module.id,
    storageKey: `coursepack:${module.id}`,
    passingScore: module.passingScore,
    questions: playerQuestions,
    criteria: playerCriteria,
    reflections: module.reflectionPrompts.length,
    gate: module.gate.length,
    shortMax: SHORT_ANSWER_MAX,
    suspendLimit: 0,
    textBudget: 0,
    pages: ['index.html'],
    moduleLinks: {},
    language: text.language ?? 'en',
    labels: Object.fromEntries(RUNTIME_LABELS.map((key) => [key, labels[key]])) as PlayerData['labels'],
  };
}

/** The largest score the player reports: every rubric maximum plus objective questions no criterion covers. */
export function maxScore(data: PlayerData): number {
  const rubric = data.criteria.reduce((sum, c) => sum + c.max, 0);
  const uncovered = data.questions.reduce((sum, q) => sum + (q.criterion === null && q.kind !== 'open' ? q.points : 0), 0);
  return roundScore(rubric + uncovered);
}
