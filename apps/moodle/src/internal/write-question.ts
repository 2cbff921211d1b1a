import type { Question, QuestionGroup, Translate } from '@coursepack/core';
import { choiceFractions } from '../choice-fractions.js';
import { writeMultichoice, writeTrueFalse } from './write-choices.js';
import { writeNumerical, writeShortAnswer } from './write-answers.js';
import { writeEssay } from './write-essay.js';
import type { ModuleImages } from './module-images.js';
import type { XmlNode } from './xml-node.js';

/** Write one question, its texts embedding the module's images they show; returns why it could not be written, or null when it was. */
export function writeQuestion(quiz: XmlNode, group: QuestionGroup, question: Question, images: ModuleImages, t?: Translate): string | null {
  switch (question.kind) {
    case 'open':
      writeEssay(quiz, group, question, images, t);
      return null;
    case 'true-false':
      writeTrueFalse(quiz, group, question, images);
      return null;
    case 'short':
      if (question.answers.length === 0) return 'it has no accepted answer';
      writeShortAnswer(quiz, group, question, images);
      return null;
    case 'numeric':
      if (question.numeric === null) return 'it has no numeric answer';
      writeNumerical(quiz, group, question, images);
      return null;
    case 'single':
    case 'multiple': {
      const fractions = choiceFractions(question);
      if (fractions === null) return unsharable(question);
      writeMultichoice(quiz, group, question, fractions, images);
      return null;
    }
  }
}

function unsharable(question: Question): string {
  const correct = question.choices.filter((c) => c.isCorrect).length;
  if (correct === 0) return 'it has no correct choice';
  return `Moodle grades can share 100% between at most 10 correct choices, and it has ${correct}`;
}
