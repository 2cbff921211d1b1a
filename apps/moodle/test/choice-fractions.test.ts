import { describe, expect, it } from 'vitest';
import type { Choice } from '@coursepack/core';
import { choiceFractions, MAX_SHARED_CORRECT } from '../src/index.js';

const GRADES = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];

function choices(correct: number, wrong: number): Choice[] {
  const place = { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 };
  const text = { markdown: '', text: '', html: '' };
  return [...Array.from({ length: correct }, () => true), ...Array.from({ length: wrong }, () => false)].map((isCorrect, i) => ({ id: String(i), text, isCorrect, feedback: null, place }));
}

describe('choiceFractions', () => {
  it('shares 100% between 1 to 10 correct choices with grades from Moodle\'s list, wrong ones taking a share off', () => {
    for (let k = 1; k <= MAX_SHARED_CORRECT; k++) {
      const fractions = choiceFractions({ kind: 'multiple', choices: choices(k, 2) })!.map(Number);
      for (const f of fractions) expect(GRADES.some((g) => Math.abs(Math.abs(f) / 100 - g) < 0.00001), `${k}: ${f}`).toBe(true);
      // Moodle rounds the positive total to two decimals and requires exactly 1.
      expect(Math.round(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)) / 100).toBe(1);
      expect(fractions.slice(k)).toEqual([-fractions[0]!, -fractions[0]!]);
    }
  });

  it('gives single and true-false questions 100 and 0', () => {
    expect(choiceFractions({ kind: 'single', choices: choices(1, 3) })).toEqual(['100', '0', '0', '0']);
    expect(choiceFractions({ kind: 'true-false', choices: choices(1, 1) })).toEqual(['100', '0']);
  });

  it('returns null when Moodle cannot express the grading', () => {
    expect(choiceFractions({ kind: 'multiple', choices: choices(11, 1) })).toBeNull();
    expect(choiceFractions({ kind: 'single', choices: choices(0, 2) })).toBeNull();
  });
});
