import type { Module, Question, RichText, Translate } from '@coursepack/core';
import { translator } from '@coursepack/core';
import type { AssetLookup } from '@coursepack/export-kit';
import { moduleImages } from './internal/module-images.js';
import { referenceText } from './reference-text.js';
import { breakable, richBlocks } from './rich-blocks.js';
import type { Block, ImageLookup } from './rich-blocks.js';

/** Which printout: the learner's worksheet or the instructor's key. */
export type SheetVariant = 'worksheet' | 'key';

/** One choice as printed; `isCorrect` and `feedback` are only filled in the key. */
export interface SheetChoice {
  label: string;
  text: Block[];
  isCorrect: boolean;
  feedback: Block[] | null;
}

/**
 * One question as the template prints it. Key-only fields stay empty in a worksheet. Its texts
 * are blocks, as are those of its module: a code block, a table or a nested list in any of them
 * keeps its lines, as on the module's pages.
 */
export interface SheetQuestion {
  number: number;
  kind: Question['kind'];
  prompt: Block[];
  references: string[];
  choices: SheetChoice[];
  /** Writing lines under an open question. */
  lines: number;
  /** Accepted answers of a short or numeric question (`90 ± 5`), in the key only. */
  answers: string[];
  modelAnswer: Block[] | null;
  feedback: { label: string; text: Block[] }[];
  points: number;
  /** The points as printed in the key's margin (`2 pts`). */
  pointsText: string;
  criterion: string | null;
}

/** One module as the template prints it. */
export interface ModuleSheet {
  id: string;
  title: string;
  kicker: string;
  focus: Block[] | null;
  reviewLoop: Block[][];
  reflection: Block[][];
  groups: { title: string; questions: SheetQuestion[] }[];
  rubric: { rows: { label: string; max: string }[]; total: string } | null;
  gate: Block[][];
}

/**
 * The printable view of a module: plain data, never markup; answers only when `variant` is `key`.
 * Images print from `assets` (bytes by asset path); without their bytes, their alt text prints.
 */
export function sheetData(module: Module, variant: SheetVariant, assets?: AssetLookup, t: Translate = translator()): ModuleSheet {
  const isKey = variant === 'key';
  const rubric = module.rubric;
  const images = moduleImages(module, assets).bySrc;
  const blocks = (rich: RichText): Block[] => richBlocks(rich, images);
  return {
    id: module.id,
    // Plain strings wrap like the rich text around them (see `breakable`).
    title: breakable(module.title),
    kicker: module.number === null ? t('moduleReview') : t('moduleNumber', { n: module.number }),
    focus: module.focus ? blocks(module.focus) : null,
    reviewLoop: module.reviewLoop.map((s) => blocks(s.text)),
    reflection: module.reflectionPrompts.map((p) => blocks(p.text)),
    groups: module.checkpoint.groups.map((g) => ({ title: breakable(g.title), questions: g.questions.map((q) => sheetQuestion(q, module, isKey, images, t)) })),
    rubric: rubric && {
      rows: rubric.criteria.map((c) => ({ label: breakable(c.label), max: c.max === null ? '' : String(c.max) })),
      total: String(rubric.total ?? rubric.computedTotal),
    },
    gate: module.gate.map((g) => blocks(g.text)),
  };
}

function sheetQuestion(q: Question, module: Module, isKey: boolean, images: ImageLookup, t: Translate): SheetQuestion {
  const blocks = (rich: RichText): Block[] => richBlocks(rich, images);
  return {
    number: q.number,
    kind: q.kind,
    prompt: blocks(q.prompt),
    references: q.references.map((r) => breakable(referenceText(r, module))),
    choices: q.choices.map((c, i) => ({
      label: String.fromCharCode(65 + (i % 26)),
      text: blocks(c.text),
      isCorrect: isKey && c.isCorrect,
      feedback: isKey && c.feedback ? blocks(c.feedback) : null,
    })),
    // Whole lines: points can be a share of a rubric row (1.5 when 3 are split over two questions).
    lines: Math.min(3 + Math.ceil(Math.max(q.points, 1)), 8),
    answers: isKey ? acceptedAnswers(q).map(breakable) : [],
    modelAnswer: isKey && q.modelAnswer ? blocks(q.modelAnswer) : null,
    feedback: isKey ? feedbackRows(q, images, t) : [],
    points: q.points,
    pointsText: t('pointsShort', { n: q.points }),
    criterion: q.criterion === null ? null : breakable(q.criterion),
  };
}

function acceptedAnswers(q: Question): string[] {
  if (q.kind === 'numeric' && q.numeric) return [q.numeric.tolerance > 0 ? `${q.numeric.value} ± ${q.numeric.tolerance}` : String(q.numeric.value)];
  return q.kind === 'short' ? q.answers : [];
}

function feedbackRows(q: Question, images: ImageLookup, t: Translate): { label: string; text: Block[] }[] {
  const rows: [string, RichText | null][] = [
    [t('feedback'), q.feedback.general],
    [t('whenCorrect'), q.feedback.correct],
    [t('whenIncorrect'), q.feedback.incorrect],
  ];
  return rows.filter((r): r is [string, RichText] => r[1] !== null).map(([label, text]) => ({ label, text: richBlocks(text, images) }));
}
