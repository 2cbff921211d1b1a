import { builtInLabels } from './built-in-labels.js';
import type { LabelKey, Labels } from './labels.js';
import { DEFAULT_LABELS, formatLabel } from './labels.js';

/** A function that prints the course's labels: `t('points', { n: 2 })` → `2 points`. */
export type Translate = (key: LabelKey, values?: Readonly<Record<string, string | number>>) => string;

/** A course's words: its labels, in its language (a `Course`, or print options that carry both). */
export interface CourseText {
  labels?: Labels | undefined;
  language?: string | undefined;
}

/** A course's labels: those it gives, else its language's built-in ones, else English. */
export function courseLabels(text: CourseText = {}): Labels {
  return text.labels ?? builtInLabels(text.language ?? 'en') ?? DEFAULT_LABELS;
}

/** The printer of a course's labels (see {@link courseLabels}) in its language. */
export function translator(text: CourseText = {}): Translate {
  const language = text.language ?? 'en';
  const labels = courseLabels(text);
  return (key, values) => formatLabel(labels[key], language, values);
}
