import type { Question, QuestionGroup, Translate } from '@coursepack/core';
import { graderInfoHtml } from '../grader-info-html.js';
import { writeHeader } from './write-header.js';
import type { ModuleImages } from './module-images.js';
import type { XmlNode } from './xml-node.js';
import { htmlText, value } from './xml-node.js';

/** An open question as `essay`: references and model answer go to the graders only. */
export function writeEssay(quiz: XmlNode, group: QuestionGroup, question: Question, images: ModuleImages, t?: Translate): void {
  const q = writeHeader(quiz, 'essay', group, question, '0', question.feedback.general?.html ?? '', images);
  value(q, 'responseformat', 'editor');
  value(q, 'responserequired', '1');
  value(q, 'responsefieldlines', '15');
  value(q, 'attachments', '0');
  value(q, 'attachmentsrequired', '0');
  value(q, 'maxbytes', '0');
  htmlText(q, 'graderinfo', graderInfoHtml(question, t), images);
  htmlText(q, 'responsetemplate', '', images);
}
