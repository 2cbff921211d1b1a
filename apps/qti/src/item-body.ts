import type { CourseText, Question } from '@coursepack/core';
import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { HtmlToQtiOptions } from './html-to-qti.js';
import { htmlToQti } from './html-to-qti.js';
import { choiceIdentifier } from './item-declarations.js';
import type { QtiDialect } from './qti-version.js';
import { scorerRubric } from './scorer-rubric.js';

/** The interaction that collects a question's answer, by kind. */
export function interaction(d: QtiDialect, question: Question, html: HtmlToQtiOptions = {}): Element {
  switch (question.kind) {
    case 'single':
    case 'true-false':
    case 'multiple': {
      const isMultiple = question.kind === 'multiple';
      const choices = question.choices.map((c) => d.el('simpleChoice', { identifier: choiceIdentifier(c.id) }, htmlToQti(c.text.html, html)));
      return d.el('choiceInteraction', { responseIdentifier: 'RESPONSE', shuffle: false, maxChoices: isMultiple ? question.choices.length : 1 }, choices);
    }
    case 'short':
    case 'numeric': {
      const longest = Math.max(8, ...question.answers.map((a) => a.length));
      // A text entry is inline content in QTI, so it sits in a paragraph of its own.
      return x('p', {}, [d.el('textEntryInteraction', { responseIdentifier: 'RESPONSE', expectedLength: longest })]);
    }
    case 'open':
      return d.el('extendedTextInteraction', { responseIdentifier: 'RESPONSE', expectedLines: 8 });
  }
}

/** The item body: the scorer's rubric (open questions), the prompt, then the interaction. */
export function itemBody(d: QtiDialect, question: Question, html: HtmlToQtiOptions = {}, text: CourseText = {}): Element {
  const children: ElementContent[] = [];
  if (question.kind === 'open') children.push(scorerRubric(d, question, html, text));
  children.push(...htmlToQti(question.prompt.html, html), interaction(d, question, html));
  return d.el('itemBody', {}, children);
}
