import type { CourseText, Module, Question, QuestionGroup, RichText } from '@coursepack/core';
import { isExternalUrl, translator } from '@coursepack/core';
import { disableLinks } from './html-links.js';


/**
 * The module with every relative link in its questions made inert (no `href`, a title saying the
 * file is not included, in the course's language), for formats that carry questions and no pages:
 * in a QTI package, a Moodle or GIFT import, `[the lab](05_hands_on_lab.md)` would open an error
 * page inside the LMS. Links to the web and to anchors are kept. Images are not links, and are left
 * to each format.
 */
export function withoutPageLinks(module: Module, course?: CourseText): Module {
  const title = translator(course)('notIncluded');
  const inert = (text: RichText): RichText => (text.html.includes('<a ') ? { ...text, html: disableLinks(text.html, isExternalUrl, title) } : text);
  const question = (q: Question): Question => ({
    ...q,
    prompt: inert(q.prompt),
    choices: q.choices.map((c) => ({ ...c, text: inert(c.text), feedback: c.feedback && inert(c.feedback) })),
    feedback: { general: q.feedback.general && inert(q.feedback.general), correct: q.feedback.correct && inert(q.feedback.correct), incorrect: q.feedback.incorrect && inert(q.feedback.incorrect) },
    modelAnswer: q.modelAnswer && inert(q.modelAnswer),
  });
  const groups = (list: readonly QuestionGroup[]): QuestionGroup[] => list.map((g) => ({ ...g, questions: g.questions.map(question) }));
  return { ...module, checkpoint: { ...module.checkpoint, groups: groups(module.checkpoint.groups) }, recall: { groups: groups(module.recall.groups) } };
}
