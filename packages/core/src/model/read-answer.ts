import type { NumericAnswer } from './types.js';

const NUMBER = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:(?:±|\+\/-|\+-)\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?))?$/i;

/** Read `Answer: a | b` into accepted answers, and a numeric answer when every one is a number. */
export function readAnswer(text: string): { answers: string[]; numeric: NumericAnswer | null } {
  const body = text.replace(/^\s*answers?\s*:\s*/i, '');
  const answers = body
    .split('|')
    .map((a) => a.trim())
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

/** Whether a paragraph's text is an answer line (`Answer: …`). */
export function isAnswerLine(text: string): boolean {
  return /^\s*answers?\s*:/i.test(text);
}
