import type { Question } from '@coursepack/core';
import type { Element } from 'xast';
import type { QtiDialect } from './qti-version.js';

/** Identifier of a choice in QTI (`choice-a`). */
export function choiceIdentifier(choiceId: string): string {
  return `choice-${choiceId}`;
}

/** Whether any choice of the question carries its own feedback. */
export function hasChoiceFeedback(question: Question): boolean {
  return question.choices.some((c) => c.feedback !== null);
}

/** Accepted short answers, without repeats that differ only in case (the mapping ignores case). */
export function shortAnswers(question: Question): string[] {
  const seen = new Set<string>();
  return question.answers.filter((a) => {
    const key = a.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function values(d: QtiDialect, list: readonly string[]): Element[] {
  return list.map((v) => d.el('value', {}, [{ type: 'text', value: v }]));
}

/** The RESPONSE declaration: cardinality, base type, correct response and, for short answers, the mapping. */
export function responseDeclaration(d: QtiDialect, question: Question): Element {
  const correctIds = question.choices.filter((c) => c.isCorrect).map((c) => choiceIdentifier(c.id));
  switch (question.kind) {
    case 'single':
    case 'true-false':
      return d.el('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'identifier' }, [d.el('correctResponse', {}, values(d, correctIds.slice(0, 1)))]);
    case 'multiple':
      return d.el('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'multiple', baseType: 'identifier' }, [d.el('correctResponse', {}, values(d, correctIds))]);
    case 'short': {
      const answers = shortAnswers(question);
      const entries = answers.map((a) => d.el('mapEntry', { mapKey: a, mappedValue: question.points, caseSensitive: false }));
      return d.el('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'string' }, [
        d.el('correctResponse', {}, values(d, answers.slice(0, 1))),
        d.el('mapping', { lowerBound: 0, upperBound: question.points, defaultValue: 0 }, entries),
      ]);
    }
    case 'numeric':
      return d.el('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'float' }, [d.el('correctResponse', {}, values(d, [String(question.numeric?.value ?? 0)]))]);
    case 'open':
      return d.el('responseDeclaration', { identifier: 'RESPONSE', cardinality: 'single', baseType: 'string' });
  }
}

/** SCORE, MAXSCORE and, for objective questions, the FEEDBACK outcomes that select modal feedback. */
export function outcomeDeclarations(d: QtiDialect, question: Question): Element[] {
  const points = String(question.points);
  const out = [
    d.el('outcomeDeclaration', { identifier: 'SCORE', cardinality: 'single', baseType: 'float', normalMaximum: question.points }, [d.el('defaultValue', {}, values(d, ['0']))]),
    d.el('outcomeDeclaration', { identifier: 'MAXSCORE', cardinality: 'single', baseType: 'float' }, [d.el('defaultValue', {}, values(d, [points]))]),
  ];
  if (question.kind === 'open') return out;
  out.push(d.el('outcomeDeclaration', { identifier: 'FEEDBACK', cardinality: 'single', baseType: 'identifier' }));
  if (hasChoiceFeedback(question)) {
    out.push(d.el('outcomeDeclaration', { identifier: 'FEEDBACK_CHOICE', cardinality: question.kind === 'multiple' ? 'multiple' : 'single', baseType: 'identifier' }));
  }
  return out;
}
