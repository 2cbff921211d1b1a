/**
 * The course model: what a content folder means, with every value tied to the source node it
 * came from. Field names are a contract (JSON export, `coursepack inspect --json`); the JSON
 * Schema in `schema/course.schema.json` describes the same shape.
 */

import type { Labels } from './labels.js';

/** A 1-based source range in one file, path relative to the content root (POSIX separators). */
export interface Place {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Markdown as written, its plain text, and sanitized HTML rendered from the same nodes. */
export interface RichText {
  markdown: string;
  text: string;
  html: string;
}

/** The role a file plays in a module, from its name (`02_explainer.md` → `explainer`). */
export type FileRole =
  | 'weekly-plan'
  | 'explainer'
  | 'study-material'
  | 'daily-recall'
  | 'hands-on-lab'
  | 'review';

/** One markdown file of a module. */
export interface ModuleFile {
  role: FileRole;
  /** File name inside the module folder, e.g. `02_explainer.md`. */
  name: string;
  /** Path relative to the content root. */
  path: string;
  /** Text of the first H1, if any. */
  title: string | null;
}

/** A numbered heading of the explainer or the study material (`### 1.3 …`, `## §4. …`). */
export interface Section {
  number: string;
  title: string;
  /** HTML id of the section in rendered output (`sec-1-3`). */
  anchor: string;
  /** Heading depth (1–6). */
  depth: number;
  place: Place;
}

/** The section outline of one document. */
export interface Outline {
  file: string;
  sections: Section[];
}

/** One `§a` or `§a-§b` as written, with the outline entries it covers. */
export interface SectionRange {
  /** As written, e.g. `§1.3-§1.4`. */
  raw: string;
  from: string;
  to: string;
  /** Section numbers of the target outline covered by the range, in outline order. */
  resolved: string[];
  place: Place;
}

/** A pointer from a question (or step) to sections of a module file. */
export interface Reference {
  /** Target file name as the author means it, e.g. `02_explainer.md`. */
  file: string;
  /** Role of the target file when known. */
  role: FileRole | null;
  sections: SectionRange[];
  place: Place;
}

/** Kinds of question: `open` as in the seed review; the rest are objective. */
export type QuestionKind = 'open' | 'single' | 'multiple' | 'true-false' | 'short' | 'numeric';

/** One option of a choice question. */
export interface Choice {
  id: string;
  text: RichText;
  isCorrect: boolean;
  feedback: RichText | null;
  place: Place;
}

/** The accepted answer of a numeric question: value ± tolerance. */
export interface NumericAnswer {
  value: number;
  tolerance: number;
}

/** Feedback shown after answering. */
export interface Feedback {
  general: RichText | null;
  correct: RichText | null;
  incorrect: RichText | null;
}

/** Where a question's points came from. */
export type PointsSource = 'rubric' | 'author' | 'default';

/** A checkpoint or recall question. */
export interface Question {
  /** Stable within the module: `conceptual-3`, or pinned by the author with `{#id}`. */
  id: string;
  /** Unique within the course and a valid XML name: `<module-key>.<id>`. */
  uid: string;
  kind: QuestionKind;
  /** 1-based number of the question in its group. */
  number: number;
  prompt: RichText;
  references: Reference[];
  choices: Choice[];
  /** Accepted answers of a `short` question. */
  answers: string[];
  numeric: NumericAnswer | null;
  feedback: Feedback;
  /** The author's model answer of an open question. */
  modelAnswer: RichText | null;
  points: number;
  pointsSource: PointsSource;
  /** Label of the rubric criterion that scores this question. */
  criterion: string | null;
  place: Place;
}

/** A titled list of questions (Conceptual, Applied, Day 1 …). */
export interface QuestionGroup {
  id: string;
  title: string;
  /**
   * The anchor GitHub gives the group's heading on its page (`applied`, `day-1--why-mlops-exists`),
   * which pages built from the model give the group's heading too, so links written for GitHub land there.
   */
  anchor: string;
  questions: Question[];
  place: Place;
}

/**
 * The anchors GitHub gives the review page's section headings (`review-loop`, `self-evaluation`),
 * null for a section the page does not have; pages built from the model give them to their headings.
 */
export interface ReviewAnchors {
  reviewLoop: string | null;
  reflectionPrompts: string | null;
  checkpoint: string | null;
  rubric: string | null;
  gate: string | null;
}

/** The embedded checkpoint of a review page. */
export interface Checkpoint {
  groups: QuestionGroup[];
  place: Place | null;
}

/** What a rubric criterion scores. */
export type CriterionTarget =
  | { kind: 'group'; group: string }
  | { kind: 'reflection' }
  | { kind: 'none' };

/** One row of the self-evaluation rubric. */
export interface Criterion {
  id: string;
  label: string;
  /** Maximum score; null when the cell is not a number. */
  max: number | null;
  /** A score already written in the table, if any. */
  score: number | null;
  scores: CriterionTarget;
  place: Place;
}

/** The self-evaluation rubric table. */
export interface Rubric {
  criteria: Criterion[];
  /** The Total row's maximum; null when missing. */
  total: number | null;
  /** Sum of the criteria maxima. */
  computedTotal: number;
  place: Place;
}

/** A step, prompt or gate item: text with its references. */
export interface Item {
  id: string;
  text: RichText;
  references: Reference[];
  place: Place;
}

/** A completion gate checkbox. */
export interface GateItem extends Item {
  isChecked: boolean;
}

/** A link to another module. */
export interface ModuleLink {
  href: string;
  text: string;
  /** Id of the module it resolves to, or null when it resolves nowhere. */
  target: string | null;
  place: Place;
}

/** A titled list of the weekly plan. */
export interface PlanList {
  title: string;
  items: Item[];
  place: Place;
}

/**
 * A file of the content folder that the module's HTML shows (an image) or links to (a download).
 * Exporters that package files put its bytes at `href`, read as a path relative to the module's
 * pages: `assets/` and the file's path in the content folder (see {@link assetFile}).
 */
export interface ModuleAsset {
  /** Path in the content folder, as listed (`m1/img/flow.png`). */
  path: string;
  /** What the module's HTML has as the image's `src` or the link's `href`: `assets/` and the path, percent-encoded. */
  href: string;
}

/** One course module. */
export interface Module {
  /** Folder name (the parent's when the files sit in a wrapper such as `extended_notes/`). */
  id: string;
  /** `id` made a valid XML name (used as a prefix of question uids). */
  key: string;
  /** Folder holding the files, relative to the content root. */
  path: string;
  /** Module number (`Module 17` → 17; else the H1's leading number), null when none. */
  number: number | null;
  title: string;
  focus: RichText | null;
  files: ModuleFile[];
  reviewLoop: Item[];
  reflectionPrompts: Item[];
  checkpoint: Checkpoint;
  rubric: Rubric | null;
  gate: GateItem[];
  /** Where links written for GitHub (`06_revision.md#self-evaluation`) land on the review page. */
  reviewAnchors: ReviewAnchors;
  links: ModuleLink[];
  /** Images the module shows from the content folder, in order of first use, each once. */
  assets: ModuleAsset[];
  /**
   * Files the module's pages link to, of the types packages carry (see {@link isDownloadType}):
   * the HTML's links lead to their `href`, where exporters that carry pages put them.
   */
  downloads: ModuleAsset[];
  outline: { explainer: Outline | null; studyMaterial: Outline | null };
  recall: { groups: QuestionGroup[] };
  plan: { lists: PlanList[] };
  /** Passing score as a fraction of the maximum (0–1), when configured. */
  passingScore: number | null;
  place: Place;
}

/** A whole content folder. */
export interface Course {
  /** Version of the model schema this value conforms to. */
  schemaVersion: string;
  title: string;
  /** The language the course is written in, a BCP 47 tag (`en` unless configured). */
  language: string;
  /** The labels exports print around the content, in the course's language. */
  labels: Labels;
  modules: Module[];
}
