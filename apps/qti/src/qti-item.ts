import type { CourseText, Question } from '@coursepack/core';
import type { Element } from 'xast';
import { outcomeDeclarations, responseDeclaration } from './item-declarations.js';
import type { HtmlToQtiOptions } from './html-to-qti.js';
import { itemBody } from './item-body.js';
import { modalFeedback } from './modal-feedback.js';
import type { QtiVersion } from './qti-version.js';
import { dialectOf } from './qti-version.js';
import { responseProcessing } from './response-processing.js';
import { xmlDocument } from './xml-document.js';

/** Options of {@link qtiItem}, with the course's language (declared as the item's `xml:lang`) and labels (the scorer's notes). */
export interface QtiItemOptions extends CourseText {
  version: QtiVersion;
  /** Item title; defaults to the prompt's plain text, shortened. */
  title?: string;
  /** Where the item shows each image of its HTML (see {@link HtmlToQtiOptions.imageSource}); by default where the HTML has it. */
  imageSource?: (src: string) => string | null;
  /** Where each link of its HTML leads (see {@link HtmlToQtiOptions.linkHref}); by default where the HTML has it. */
  linkHref?: (href: string) => string;
}

function defaultTitle(question: Question): string {
  const text = question.prompt.text.replace(/\s+/g, ' ').trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text || question.uid;
}

/** A question as a QTI assessment item (the root element), identified by the question's uid. */
export function qtiItem(question: Question, options: QtiItemOptions): Element {
  const d = dialectOf(options.version);
  const rp = responseProcessing(d, question);
  const html: HtmlToQtiOptions = { ...(options.imageSource ? { imageSource: options.imageSource } : {}), ...(options.linkHref ? { linkHref: options.linkHref } : {}) };
  const root = d.el('assessmentItem', { identifier: question.uid, title: options.title ?? defaultTitle(question), ...(options.language ? { 'xml:lang': options.language } : {}), adaptive: false, timeDependent: false }, [
    responseDeclaration(d, question),
    ...outcomeDeclarations(d, question),
    itemBody(d, question, html, options),
    ...(rp ? [rp] : []),
    ...modalFeedback(d, question, html),
  ]);
  root.attributes = { xmlns: d.itemNamespace, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': d.itemSchemaLocation, ...root.attributes };
  return root;
}

/** A question as the text of a QTI assessment item file. */
export function qtiItemXml(question: Question, options: QtiItemOptions): string {
  return xmlDocument(qtiItem(question, options));
}
