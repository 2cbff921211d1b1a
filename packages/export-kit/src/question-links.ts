import type { CourseText, Module, ModuleAsset, Question, QuestionGroup, RichText } from '@coursepack/core';
import { isExternalUrl, translator } from '@coursepack/core';
import { moduleFiles } from './asset-files.js';
import type { AssetLookup } from './contract.js';
import { disableLinks } from './html-links.js';

/**
 * The files of a module that a package of its questions can carry for links to lead to: its
 * downloads and images that `assets` has bytes for, by the `href` the model's HTML links to each
 * at (`assets/…`). A file that is both is listed once.
 */
export function linkableFiles(module: Pick<Module, 'assets'> & Partial<Pick<Module, 'downloads'>>, assets: AssetLookup | undefined): Map<string, ModuleAsset> {
  return new Map(assets ? moduleFiles(module).flatMap((file) => (assets.get(file.path) === undefined ? [] : [[file.href, file] as const])) : []);
}

/** The part of a link's `href` before its fragment: the file it leads to. */
export function linkedFile(href: string): { file: string; fragment: string } {
  const hash = href.indexOf('#');
  return hash < 0 ? { file: href, fragment: '' } : { file: href.slice(0, hash), fragment: href.slice(hash) };
}

/**
 * The module with every relative link in its questions made inert (no `href`, a title saying the
 * file is not included, in the course's language), for formats that carry questions and no pages:
 * in a QTI package, a Moodle or GIFT import, `[the lab](05_hands_on_lab.md)` would open an error
 * page inside the LMS. Links to the web and to anchors are kept, and so are links to the files a
 * format carrying them packages beside the questions: those `assets` has bytes for (see
 * {@link linkableFiles}), which it points at where it puts them. Without `assets` (GIFT carries no
 * file), those are inert too. Images are not links, and are left to each format.
 */
export function withoutPageLinks(module: Module, course?: CourseText, assets?: AssetLookup): Module {
  const title = translator(course)('notIncluded');
  const carried = linkableFiles(module, assets);
  const keep = (href: string): boolean => isExternalUrl(href) || carried.has(linkedFile(href).file);
  const inert = (text: RichText): RichText => (text.html.includes('<a ') ? { ...text, html: disableLinks(text.html, keep, title) } : text);
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
