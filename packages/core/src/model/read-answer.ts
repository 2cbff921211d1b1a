import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { wordPattern } from './labels.js';
import type { NumericAnswer } from './types.js';

// Stands for a `|` that is part of an answer (in a code span, or escaped) until the line is split.
const LITERAL_BAR = '\uE000';

const NUMBER = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:(?:±|\+\/-|\+-)\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?))?$/i;

/**
 * The text of an answer line for {@link readAnswer}: a `|` inside a code span (`` `ls | wc` ``) or
 * escaped (`\|`) is part of an answer, not a separator.
 */
export function answerLineText(line: Paragraph, source: string): string {
  return line.children.map((node) => literalBars(node, source)).join('');
}

function literalBars(node: PhrasingContent, source: string): string {
  if (node.type === 'inlineCode') return node.value.replaceAll('|', LITERAL_BAR);
  if (node.type === 'text') return escapedBars(node.value, node.position ? source.slice(node.position.start.offset, node.position.end.offset) : '');
  return 'children' in node ? node.children.map((child) => literalBars(child, source)).join('') : toString(node);
}

/** `value` with the bars written `\|` in `raw` (its source) marked literal; the bars of both are matched in order. */
function escapedBars(value: string, raw: string): string {
  const escaped: boolean[] = [];
  let backslashes = 0;
  for (const c of raw) {
    // A bar after an odd run of backslashes is escaped (`\\|` is an escaped backslash, then a bar).
    if (c === '|') escaped.push(backslashes % 2 === 1);
    backslashes = c === '\\' ? backslashes + 1 : 0;
  }
  if (!escaped.includes(true) || escaped.length !== [...value].filter((c) => c === '|').length) return value;
  let bar = 0;
  return value.replace(/\|/g, () => (escaped[bar++] ? LITERAL_BAR : '|'));
}

/**
 * The words that start an answer line (`Answer:`): always `Answer` (or `Answers`), and the course's
 * own `answer` label (`Antwort:` in a German course), in any case, the colon after a space or
 * full-width too (`Réponse :`, `答え：`).
 */
export interface AnswerWords {
  /** The words, as written (for messages). */
  words: string[];
  /** A paragraph's text that is an answer line. */
  line: RegExp;
  /** The label, colon and space before the answers. */
  label: RegExp;
  /** A line break before an answer line (bold allowed), where a paragraph is split. */
  ahead: RegExp;
  /** The same, or a flashcard's `A:`. */
  cardAhead: RegExp;
}

/** The answer words of a course whose `answer` label is the word `own` (see {@link AnswerWords}, `labelWord`). */
export function answerWords(own: string): AnswerWords {
  const words = own === '' || /^answers?$/i.test(own) ? ['Answer'] : ['Answer', own];
  const either = ['answers?', ...words.slice(1).map(wordPattern)].join('|');
  return {
    words,
    line: new RegExp(`^\\s*(?:${either})\\s*[:：]`, 'iu'),
    label: new RegExp(`^\\s*(?:${either})\\s*[:：]\\s*`, 'iu'),
    ahead: new RegExp(`\\n(?=[ \\t]*(?:\\*\\*|__)?(?:${either})\\s*[:：])`, 'iu'),
    cardAhead: new RegExp(`\\n(?=[ \\t]*(?:\\*\\*|__)?(?:${either}|a)\\s*[:：])`, 'iu'),
  };
}

/** Read `Answer: a | b` into accepted answers, and a numeric answer when every one is a number. */
export function readAnswer(text: string, words: AnswerWords): { answers: string[]; numeric: NumericAnswer | null } {
  const body = text.replace(words.label, '');
  const answers = body
    .split('|')
    .map((a) => a.replaceAll(LITERAL_BAR, '|').trim())
    .filter((a) => a !== '');
  const numbers = answers.map(numericAnswer);
  const first = numbers[0];
  if (answers.length > 0 && first && numbers.every((n) => n !== null)) return { answers, numeric: first };
  return { answers, numeric: null };
}

// A value and tolerance that every export can write: `1e400` reads as Infinity, which no format
// (nor JSON) carries, and so does the bound of `1e308 ± 1e308`, so neither is a number here.
function numericAnswer(answer: string): NumericAnswer | null {
  const match = NUMBER.exec(answer);
  if (!match) return null;
  const value = Number(match[1]);
  const tolerance = match[2] ? Number(match[2]) : 0;
  return [value, tolerance, value - tolerance, value + tolerance].every(Number.isFinite) ? { value, tolerance } : null;
}

/** Whether an answer reads as a number with an optional tolerance (`42`, `2.5 ± 0.5`). */
export function isNumericAnswer(answer: string): boolean {
  return numericAnswer(answer.trim()) !== null;
}

/** Whether a paragraph's text is an answer line (`Answer: …`, or in the course's word). */
export function isAnswerLine(text: string, words: AnswerWords): boolean {
  return words.line.test(text);
}
