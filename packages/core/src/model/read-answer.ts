import type { NumericAnswer } from './types.js';

const NUMBER = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:(?:±|\+\/-|\+-)\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?))?$/i;

/** Read `Answer: a | b` into accepted answers, and a numeric answer when every one is a number. */
export function readAnswer(text: string): { answers: string[]; numeric: NumericAnswer | null } {
  const body = text.replace(/^\s*answers?\s*:\s*/i, '');
  const answers = body
    .split('|')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const numbers = answers.map((a) => NUMBER.exec(a));
  const firstNumber = numbers[0];
  if (answers.length > 0 && firstNumber && numbers.every((n) => n !== null)) {
    return { answers, numeric: { value: Number(firstNumber[1]), tolerance: firstNumber[2] ? Number(firstNumber[2]) : 0 } };
  }
  return { answers, numeric: null };
}

/** Whether a paragraph's text is an answer line (`Answer: …`). */
export function isAnswerLine(text: string): boolean {
  return /^\s*answers?\s*:/i.test(text);
}
