import { exportNotice } from '@coursepack/export-kit';
import type { Question, RichText } from '@coursepack/core';
import type { QtiWriteContext } from '../qti-profile.js';
import { graderNotesHtml } from './grader-notes-html.js';
import { choiceIdent, RESPONSE_ID } from './item-head.js';
import { itemHtml } from './item-html.js';
import type { XmlNode } from './xml-node.js';

/** One feedback block to write as `itemfeedback`, shown by a `displayfeedback` trigger. */
interface FeedbackBlock {
  ident: string;
  html: string;
}

// Floating-point sums such as 0.1 + 0.2 would otherwise leak into the bounds.
const num = (n: number): string => String(Number(n.toPrecision(12)));

function condition(parent: XmlNode, isContinue: boolean): XmlNode {
  return parent.ele('respcondition', { continue: isContinue ? 'Yes' : 'No' });
}

function show(cond: XmlNode, ident: string): void {
  cond.ele('displayfeedback', { feedbacktype: 'Response', linkrefid: ident });
}

function correctCondition(cond: XmlNode, question: Question, ident: string, ctx: QtiWriteContext): void {
  const vars = cond.ele('conditionvar');
  const equal = (parent: XmlNode, value: string): void => void parent.ele('varequal', { respident: RESPONSE_ID }).txt(value);
  if (question.kind === 'multiple') {
    const and = vars.ele('and');
    for (const c of question.choices) {
      if (c.isCorrect) equal(and, choiceIdent(ident, c.id));
      else equal(and.ele('not'), choiceIdent(ident, c.id));
    }
  } else if (question.kind === 'single' || question.kind === 'true-false') {
    for (const c of question.choices.filter((x) => x.isCorrect)) equal(vars, choiceIdent(ident, c.id));
  } else if (question.kind === 'numeric' && question.numeric && ctx.profile === 'canvas') {
    const { value, tolerance } = question.numeric;
    if (tolerance === 0) {
      const or = vars.ele('or');
      equal(or, num(value));
      const and = or.ele('and');
      and.ele('vargte', { respident: RESPONSE_ID }).txt(num(value));
      and.ele('varlte', { respident: RESPONSE_ID }).txt(num(value));
    } else {
      vars.ele('vargte', { respident: RESPONSE_ID }).txt(num(value - tolerance));
      vars.ele('varlte', { respident: RESPONSE_ID }).txt(num(value + tolerance));
    }
  } else if (question.kind === 'numeric' && question.numeric) {
    // The CC profile has no range conditions: the exact value is the accepted answer.
    equal(vars, num(question.numeric.value));
    if (question.numeric.tolerance !== 0) {
      ctx.diagnostics.push(exportNotice('cc-numeric-tolerance-dropped', 'warning', `Common Cartridge assessments cannot express a tolerance; question ${question.id} accepts only ${num(question.numeric.value)} there`, question.place, ctx.module));
    }
  } else {
    for (const answer of question.answers) equal(vars, answer);
  }
}

/** `resprocessing` and `itemfeedback`: scoring on a 0–100 scale and the author's feedback. */
export function appendScoring(item: XmlNode, question: Question, ident: string, ctx: QtiWriteContext): void {
  const blocks: FeedbackBlock[] = [];
  const add = (id: string, text: RichText | null): string | null => {
    if (!text) return null;
    blocks.push({ ident: id, html: text.html });
    return id;
  };
  const proc = item.ele('resprocessing');
  proc.ele('outcomes').ele('decvar', { varname: 'SCORE', vartype: 'Decimal', minvalue: '0', maxvalue: '100' });

  if (question.kind === 'open') {
    blocks.push({ ident: 'general_fb', html: graderNotesHtml(question, ctx.t) });
    const general = condition(proc, true);
    general.ele('conditionvar').ele('other');
    show(general, 'general_fb');
    condition(proc, false).ele('conditionvar').ele('other');
  } else {
    const general = add('general_fb', question.feedback.general);
    if (general) {
      const cond = condition(proc, true);
      cond.ele('conditionvar').ele('other');
      show(cond, general);
    }
    for (const choice of question.choices) {
      const id = add(`${choiceIdent(ident, choice.id)}_fb`, choice.feedback);
      if (!id) continue;
      const cond = condition(proc, true);
      cond.ele('conditionvar').ele('varequal', { respident: RESPONSE_ID }).txt(choiceIdent(ident, choice.id));
      show(cond, id);
    }
    const correct = condition(proc, false);
    correctCondition(correct, question, ident, ctx);
    correct.ele('setvar', { varname: 'SCORE', action: 'Set' }).txt('100');
    const correctFb = add('correct_fb', question.feedback.correct);
    if (correctFb) show(correct, correctFb);
    const incorrect = add('general_incorrect_fb', question.feedback.incorrect);
    if (incorrect) {
      const cond = condition(proc, true);
      cond.ele('conditionvar').ele('other');
      show(cond, incorrect);
    }
  }
  for (const block of blocks) {
    item.ele('itemfeedback', { ident: block.ident }).ele('flow_mat').ele('material').ele('mattext', { texttype: 'text/html' }).txt(itemHtml(block.html, ctx));
  }
}
