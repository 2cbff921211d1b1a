import type { Module, Question, RichText } from '@coursepack/core';
import { replaceAssetImages } from '@coursepack/moodle';
import { toHtml } from 'hast-util-to-html';

/** A question as GIFT writes it, and how many images of the module's own files it had to leave out. */
export interface ImagelessQuestion {
  question: Question;
  images: number;
}

/**
 * A question whose texts show each image of the module's files (GIFT cannot carry files) as its
 * alt text in brackets (`[Two curves]`), or not at all when it has none; images at a full
 * address stay, since Moodle can still show them.
 */
export function withoutLocalImages(module: Pick<Module, 'assets'>, question: Question): ImagelessQuestion {
  let images = 0;
  const rich = <T extends RichText | null>(text: T): T => {
    if (text === null) return text;
    const html = replaceAssetImages(text.html, module.assets, ({ element }) => {
      images++;
      const alt = typeof element.properties['alt'] === 'string' ? element.properties['alt'].trim() : '';
      return alt === '' ? '' : toHtml({ type: 'text', value: `[${alt}]` });
    });
    return html === text.html ? text : { ...text, html };
  };
  // Model answers are not written (GIFT has no grader information), so their images are not counted.
  const written: Question = {
    ...question,
    prompt: rich(question.prompt),
    choices: question.choices.map((choice) => ({ ...choice, text: rich(choice.text), feedback: rich(choice.feedback) })),
    feedback: { general: rich(question.feedback.general), correct: rich(question.feedback.correct), incorrect: rich(question.feedback.incorrect) },
  };
  return { question: written, images };
}
