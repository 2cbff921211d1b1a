import type { Labels } from './labels.js';
import { labelWord, wordPattern } from './labels.js';

/** What a quoted block under a question is, by the label it starts with. */
export type BlockLabel = 'correct' | 'incorrect' | 'feedback' | 'answer' | null;

/**
 * The labels a quote under a question may start with (`> Correct: …`, `> Model answer: …`): the
 * English words, and the course's own labels for them (`whenCorrect`, `whenIncorrect`, `feedback`,
 * `modelAnswer`, `answer`: `> Musterlösung: …` in a German course), in any case, the colon after a
 * space or full-width too.
 */
export interface QuoteLabels {
  /** A label at the start of a paragraph's text, the word captured. */
  start: RegExp;
  /** The same, in bold or italics too, with the colon and space after it: what the block's markdown starts with. */
  written: RegExp;
  /** A line break before a label, where a quote's paragraph is split. */
  ahead: RegExp;
  /** What a captured word says the block is. */
  kindOf(word: string): BlockLabel;
}

const ENGLISH: [string, Exclude<BlockLabel, null>][] = [
  ['correct', 'correct'],
  ['incorrect', 'incorrect'],
  ['wrong', 'incorrect'],
  ['feedback', 'feedback'],
  ['model answer', 'answer'],
  ['answer', 'answer'],
];

const key = (word: string) => word.trim().replace(/\s+/g, ' ').toLowerCase();

/** The quote labels of a course with these labels. */
export function quoteLabels(labels: Labels): QuoteLabels {
  const kinds = new Map<string, Exclude<BlockLabel, null>>(ENGLISH);
  const own: [keyof Labels, Exclude<BlockLabel, null>][] = [['whenCorrect', 'correct'], ['whenIncorrect', 'incorrect'], ['feedback', 'feedback'], ['modelAnswer', 'answer'], ['answer', 'answer']];
  for (const [name, kind] of own) {
    const word = key(labelWord(labels[name]));
    if (word !== '' && !kinds.has(word)) kinds.set(word, kind);
  }
  // Longest first, so that `Model answer` is not read as `Model` followed by something else.
  const either = [...kinds.keys()].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
  return {
    start: new RegExp(`^\\s*(${either})\\s*[:：]\\s*`, 'iu'),
    written: new RegExp(`^(?:\\*\\*|__)?\\s*(?:${either})\\s*[:：]\\s*(?:\\*\\*|__)?\\s*`, 'iu'),
    ahead: new RegExp(`\\n(?=[ \\t]*(?:\\*\\*|__)?(?:${either})\\s*[:：])`, 'iu'),
    kindOf: (word) => kinds.get(key(word)) ?? null,
  };
}
