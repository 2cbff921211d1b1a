import type { Question, Translate } from '@coursepack/core';
import { choiceFractions, plainNumber, referencesHtml } from '@coursepack/moodle';
import { escapeGift } from '../escape-gift.js';

/** The `{…}` part of a question, or why GIFT cannot write it. */
export type AnswerBlock = { head: string; lines: string[] } | { skipped: string };

const INDENT = '\t';

function html(...parts: (string | null | undefined)[]): string {
  return escapeGift(parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n'));
}

function feedback(...parts: (string | null | undefined)[]): string {
  const text = html(...parts);
  return text === '' ? '' : `#${text}`;
}

function general(question: Question, extra = ''): string[] {
  const text = html(extra, question.feedback.general?.html);
  return text === '' ? [] : [`${INDENT}####${text}`];
}

/** Answer lines of one question in GIFT syntax (escaped), in the author's choice order. */
export function answerBlock(question: Question, asSingle: boolean, t?: Translate): AnswerBlock {
  switch (question.kind) {
    case 'open': {
      // An essay is `{}`; its references travel as general feedback.
      return { head: '', lines: general(question, referencesHtml(question.references, t)) };
    }
    case 'true-false': {
      const trueChoice = question.choices.find((c) => c.text.text.trim().toLowerCase() === 'true');
      const isTrue = trueChoice?.isCorrect === true;
      const right = question.choices.find((c) => c.isCorrect);
      const wrong = question.choices.find((c) => !c.isCorrect);
      // Moodle reads the first `#` as feedback for a wrong answer, the second for a right one.
      const wrongText = html(wrong?.feedback?.html, question.feedback.incorrect?.html);
      const rightText = html(right?.feedback?.html, question.feedback.correct?.html);
      const tail = rightText !== '' ? `#${wrongText}#${rightText}` : wrongText !== '' ? `#${wrongText}` : '';
      return { head: '', lines: [`${INDENT}${isTrue ? 'TRUE' : 'FALSE'}${tail}`, ...general(question)] };
    }
    case 'short': {
      if (question.answers.length === 0) return { skipped: 'it has no accepted answer' };
      // Moodle reads `*` in a short answer as a wildcard and `\*` as an asterisk.
      const accepted = question.answers.map((a) => `${INDENT}=${escapeGift(a.replace(/\*/g, '\\*'))}${feedback(question.feedback.correct?.html)}`);
      const other = question.feedback.incorrect ? [`${INDENT}=%0%*${feedback(question.feedback.incorrect.html)}`] : [];
      return { head: '', lines: [...accepted, ...other, ...general(question)] };
    }
    case 'numeric': {
      if (question.numeric === null) return { skipped: 'it has no numeric answer' };
      const { value, tolerance } = question.numeric;
      const right = `${INDENT}=${plainNumber(value)}:${plainNumber(tolerance)}${feedback(question.feedback.correct?.html)}`;
      const other = question.feedback.incorrect ? [`${INDENT}~${feedback(question.feedback.incorrect.html)}`] : [];
      return { head: '#', lines: [right, ...other, ...general(question)] };
    }
    case 'single':
    case 'multiple': {
      const fractions = choiceFractions(asSingle ? { ...question, kind: 'single' } : question);
      if (fractions === null) return { skipped: unsharable(question) };
      const isMultiple = question.kind === 'multiple' && !asSingle;
      const lines = question.choices.map((choice, i) => {
        const mark = isMultiple ? `~%${fractions[i] ?? '0'}%` : choice.isCorrect ? '=' : '~';
        const overall = isMultiple ? null : choice.isCorrect ? question.feedback.correct : question.feedback.incorrect;
        return `${INDENT}${mark}${html(choice.text.html)}${feedback(choice.feedback?.html, overall?.html)}`;
      });
      return { head: '', lines: [...lines, ...general(question)] };
    }
  }
}

function unsharable(question: Question): string {
  const correct = question.choices.filter((c) => c.isCorrect).length;
  if (correct === 0) return 'it has no correct choice';
  return `Moodle grades can share 100% between at most 10 correct choices, and it has ${correct}`;
}
