import { exportNotice } from '@coursepack/export-kit';
import type { Question } from '@coursepack/core';
import { appendItemMetadata, appendPresentation } from './internal/item-head.js';
import { appendScoring } from './internal/item-scoring.js';
import type { XmlNode } from './internal/xml-node.js';
import type { QtiWriteContext } from './qti-profile.js';
import { qtiIdent } from './qti-ident.js';

/** Append one question as a QTI 1.2 `item` (Canvas dialect or CC profile) to a section or bank. */
export function appendQtiItem(parent: XmlNode, question: Question, title: string, ctx: QtiWriteContext): void {
  const ident = qtiIdent(question.uid);
  // Brightspace names imported questions from `label`; the CC profile removed the attribute.
  const item = parent.ele('item', ctx.profile === 'canvas' ? { ident, label: ident, title } : { ident, title });
  if (question.kind === 'multiple' && question.choices.filter((c) => c.isCorrect).length < 2) {
    ctx.diagnostics.push(exportNotice('qti-multiple-few-correct', 'warning', `Question ${question.id} is a multiple-answer question with fewer than two correct choices; Canvas expects at least two`, question.place, ctx.module));
  }
  appendItemMetadata(item, question, ident, ctx);
  appendPresentation(item, question, ident, ctx);
  appendScoring(item, question, ident, ctx);
}
