import type { Question } from '@coursepack/core';
import type { QtiWriteContext } from '../qti-profile.js';
import { CANVAS_QUESTION_TYPE, CC_QUESTION_PROFILE } from './question-types.js';
import { itemHtml } from './item-html.js';
import type { XmlNode } from './xml-node.js';

/** The response identifier of every item (one response per question). */
export const RESPONSE_ID = 'response1';

/** Identifier of a choice inside its item. */
export function choiceIdent(itemIdent: string, choiceId: string): string {
  return `${itemIdent}-${choiceId}`;
}

function field(parent: XmlNode, label: string, entry: string): void {
  const f = parent.ele('qtimetadatafield');
  f.ele('fieldlabel').txt(label);
  f.ele('fieldentry').txt(entry);
}

/** `itemmetadata`: Canvas's type and points, or the CC profile fields. */
export function appendItemMetadata(item: XmlNode, question: Question, ident: string, ctx: QtiWriteContext): void {
  const md = item.ele('itemmetadata').ele('qtimetadata');
  if (ctx.profile === 'cc') {
    field(md, 'cc_profile', CC_QUESTION_PROFILE[question.kind]);
    // cc_weighting is an integer 1..99 in the profile; fractional points cannot be carried.
    if (Number.isInteger(question.points) && question.points >= 1 && question.points <= 99) field(md, 'cc_weighting', String(question.points));
    field(md, 'qmd_computerscored', question.kind === 'open' ? 'No' : 'Yes');
    return;
  }
  field(md, 'question_type', CANVAS_QUESTION_TYPE[question.kind]);
  field(md, 'points_possible', String(question.points));
  field(md, 'original_answer_ids', question.choices.map((c) => choiceIdent(ident, c.id)).join(','));
  field(md, 'assessment_question_identifierref', `${ident}_aq`);
}

function mattext(parent: XmlNode, html: string, ctx: QtiWriteContext): void {
  parent.ele('material').ele('mattext', { texttype: 'text/html' }).txt(itemHtml(html, ctx));
}

/** `presentation`: the prompt, then choices (`response_lid`) or a text box (`response_str`). */
export function appendPresentation(item: XmlNode, question: Question, ident: string, ctx: QtiWriteContext): void {
  const presentation = item.ele('presentation');
  mattext(presentation, question.prompt.html, ctx);
  if (question.kind === 'single' || question.kind === 'multiple' || question.kind === 'true-false') {
    const lid = presentation.ele('response_lid', { ident: RESPONSE_ID, rcardinality: question.kind === 'multiple' ? 'Multiple' : 'Single' });
    const render = lid.ele('render_choice', { shuffle: 'No' });
    for (const choice of question.choices) mattext(render.ele('response_label', { ident: choiceIdent(ident, choice.id) }), choice.text.html, ctx);
    return;
  }
  const str = presentation.ele('response_str', { ident: RESPONSE_ID, rcardinality: 'Single' });
  const fib = str.ele('render_fib', question.kind === 'numeric' ? { fibtype: 'Decimal' } : question.kind === 'open' ? { rows: '12' } : {});
  fib.ele('response_label', { ident: 'answer1', rshuffle: 'No' });
}
