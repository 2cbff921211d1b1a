import type { Question } from '@coursepack/core';
import type { Element } from 'xast';
import { choiceIdentifier, hasChoiceFeedback } from './item-declarations.js';
import type { QtiDialect } from './qti-version.js';

// Bounds of a numeric answer, rounded so that 0.3 - 0.1 is written 0.2 and not 0.19999999999999998.
function bound(value: number): string {
  return String(Number(value.toPrecision(12)));
}

function baseValue(d: QtiDialect, baseType: string, value: string): Element {
  return d.el('baseValue', { baseType }, [{ type: 'text', value }]);
}

function response(d: QtiDialect): Element {
  return d.el('variable', { identifier: 'RESPONSE' });
}

/** The expression that is true when RESPONSE is right; null for open questions (scored by a person). */
export function correctCondition(d: QtiDialect, question: Question): Element | null {
  switch (question.kind) {
    case 'single':
    case 'true-false': {
      const matches = question.choices.filter((c) => c.isCorrect).map((c) => d.el('match', {}, [response(d), baseValue(d, 'identifier', choiceIdentifier(c.id))]));
      return matches.length === 1 && matches[0] ? matches[0] : d.el('or', {}, matches);
    }
    case 'multiple':
      return d.el('match', {}, [response(d), d.el('correct', { identifier: 'RESPONSE' })]);
    case 'short':
      return d.el('gt', {}, [d.el('mapResponse', { identifier: 'RESPONSE' }), baseValue(d, 'float', '0')]);
    case 'numeric': {
      const { value, tolerance } = question.numeric ?? { value: 0, tolerance: 0 };
      // The player has no `equal` with toleranceMode="absolute"; value ± tolerance as two comparisons means the same.
      return d.el('and', {}, [
        d.el('gte', {}, [response(d), baseValue(d, 'float', bound(value - tolerance))]),
        d.el('lte', {}, [response(d), baseValue(d, 'float', bound(value + tolerance))]),
      ]);
    }
    case 'open':
      return null;
  }
}

function setOutcomes(d: QtiDialect, score: string, feedback: 'correct' | 'incorrect'): Element[] {
  return [
    d.el('setOutcomeValue', { identifier: 'SCORE' }, [baseValue(d, 'float', score)]),
    d.el('setOutcomeValue', { identifier: 'FEEDBACK' }, [baseValue(d, 'identifier', feedback)]),
  ];
}

/**
 * All-or-nothing scoring worth the question's points: no answer scores 0, the right answer scores
 * MAXSCORE, anything else 0; FEEDBACK names the modal feedback to show. Null for open questions.
 */
export function responseProcessing(d: QtiDialect, question: Question): Element | null {
  const condition = correctCondition(d, question);
  if (!condition) return null;
  const rules = [
    d.el('responseCondition', {}, [
      d.el('responseIf', {}, [d.el('isNull', {}, [response(d)]), ...setOutcomes(d, '0', 'incorrect')]),
      d.el('responseElseIf', {}, [condition, ...setOutcomes(d, String(question.points), 'correct')]),
      d.el('responseElse', {}, setOutcomes(d, '0', 'incorrect')),
    ]),
  ];
  if (hasChoiceFeedback(question)) rules.push(d.el('setOutcomeValue', { identifier: 'FEEDBACK_CHOICE' }, [response(d)]));
  return d.el('responseProcessing', {}, rules);
}
