import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import type { SectionTitles } from './config.js';
import type { ModuleContext } from './module-context.js';
import { adoptMisindented } from './adopt-misindented.js';
import { cleanText } from './clean-text.js';
import { labelWord, wordPattern } from './labels.js';
import { withoutLabel } from './read-labelled-block.js';
import { placeOf } from './place-of.js';
import { readGate, readItems } from './read-items.js';
import type { QuestionDraft } from './read-question.js';
import { readQuestion } from './read-question.js';
import { isNumberedQuestion, numberedQuestions } from './numbered-question.js';
import { readRubric } from './read-rubric.js';
import { toRichText } from './rich-text.js';
import { slug, uniqueId } from './slug.js';
import { headingAnchors } from './heading-anchors.js';
import type { GateItem, Item, Place, ReviewAnchors, RichText, Rubric } from './types.js';

/** A question group as read, before the rubric shares out points. */
export interface GroupDraft {
  id: string;
  title: string;
  anchor: string;
  questions: QuestionDraft[];
  place: Place;
}

/** What the review page contributes to a module. */
export interface ReviewContent {
  title: string | null;
  titlePlace: Place | null;
  focus: RichText | null;
  reviewLoop: Item[];
  reflectionPrompts: Item[];
  groups: GroupDraft[];
  checkpointPlace: Place | null;
  rubric: Rubric | null;
  gate: GateItem[];
  anchors: ReviewAnchors;
}

/** A review page without any of its sections. */
export function emptyReviewAnchors(): ReviewAnchors {
  return { reviewLoop: null, reflectionPrompts: null, checkpoint: null, rubric: null, gate: null };
}

/** A section of the review page, or `other` for a heading that opens none. */
type SectionKey = keyof SectionTitles | 'other';

/**
 * Which section a `##` heading opens: the one with a title the heading's text is, or begins with
 * as whole words (`Checkpoint questions`, `Self-evaluation rubric`, `Review loop (15 min)`), a
 * plural `s` allowed (`Reflections`), the
 * longest such title winning; case is ignored, and so is what precedes the first letter (`3.`,
 * `§2`, an emoji). A title elsewhere in the heading (`Resources for the review loop`) opens none.
 */
function sectionOf(heading: Heading, titles: SectionTitles): SectionKey {
  const text = toString(heading).toLowerCase().replace(/^[^\p{L}]+/u, '').replace(/\s+/g, ' ').trim();
  let found: SectionKey = 'other';
  let length = -1;
  for (const key of Object.keys(titles) as (keyof SectionTitles)[]) {
    for (const title of titles[key]) {
      // The title, or its plural (`Reflections`), then no more of the same word.
      const rest = text.startsWith(title) ? text.slice(title.length).replace(/^s(?![\p{L}\p{N}])/u, '') : null;
      const starts = rest !== null && !/^[\p{L}\p{N}]/u.test(rest);
      if (starts && title.length > length) {
        found = key;
        length = title.length;
      }
    }
  }
  return found;
}

/** The ways a focus line starts: `Focus:`, or the course's `focus` label (`Schwerpunkt:`), bold or followed by a colon. */
interface FocusLabel {
  /** The word, with or without its colon. */
  word: RegExp;
  /** The word and its colon. */
  colon: RegExp;
  /** What the focus line's markdown starts with, bold and colon included. */
  written: RegExp;
}

function focusLabel(own: string): FocusLabel {
  const either = ['focus', ...(own === '' || own.toLowerCase() === 'focus' ? [] : [wordPattern(own)])].join('|');
  return {
    // The whole word: a bold `**Focused practice**` is no focus line.
    word: new RegExp(`^\\s*(?:${either})(?![\\p{L}\\p{N}])\\s*[:：]?\\s*`, 'iu'),
    colon: new RegExp(`^\\s*(?:${either})\\s*[:：]`, 'iu'),
    written: new RegExp(`^(\\*\\*|__)?\\s*(?:${either})\\s*[:：]?\\s*(\\*\\*|__)?\\s*[:：]?\\s*`, 'iu'),
  };
}

function isFocus(node: RootContent, label: FocusLabel): node is Paragraph {
  return node.type === 'paragraph' && label.word.test(toString(node)) && (node.children[0]?.type === 'strong' || label.colon.test(toString(node)));
}

/** Read a review page: focus, review loop, reflection prompts, checkpoint, rubric and gate. */
export function readReview(tree: Root, file: SourceFile, ctx: ModuleContext): ReviewContent {
  const out: ReviewContent = { title: null, titlePlace: null, focus: null, reviewLoop: [], reflectionPrompts: [], groups: [], checkpointPlace: null, rubric: null, gate: [], anchors: emptyReviewAnchors() };
  let section: SectionKey = 'other';
  let group: GroupDraft | null = null;
  const focus = focusLabel(labelWord(ctx.config.labels.focus));
  const groupIds = new Set<string>();
  const anchorOf = headingAnchors(tree);
  // A `##` heading that opens none of the sections, until its list or table is reported.
  let unread: Heading | null = null;
  // Questions numbered as paragraphs (`**1. What …?**`) rather than as a list.
  const numbered = numberedQuestions((item) => group?.questions.push(readQuestion(item, group.questions.length + 1, group.id, file, ctx, true)));
  let groupDepth = 0;
  const openGroup = (title: string, anchor: string, place: Place, depth: number): GroupDraft => {
    group = { id: uniqueId(slug(title), groupIds), title, anchor, questions: [], place };
    groupDepth = depth;
    out.groups.push(group);
    return group;
  };
  // The checkpoint's heading, and the lists under it before any group title (see `endCheckpoint`).
  let checkpoint: Heading | null = null;
  let ungrouped: List[] = [];
  const endCheckpoint = () => {
    if (checkpoint && ungrouped.length > 0) readUngrouped(ungrouped, checkpoint, out.groups.length === 0 ? openGroup(cleanText(toString(checkpoint)).trim(), '', placeOf(checkpoint, file.path), 2) : null, file, ctx);
    checkpoint = null;
    ungrouped = [];
  };
  const blocks = adoptMisindented(tree.children, file, ctx);
  for (const [at, node] of blocks.entries()) {
    // A line in bold on its own (`**Conceptual**`) right before questions titles their group; it
    // ends a question numbered as a paragraph, which would otherwise take it as more prompt.
    if (section === 'checkpoint' && isBoldTitle(node) && opensQuestions(blocks[at + 1])) {
      numbered.end();
      openGroup(cleanText(toString(node)).trim().replace(/\s*:$/, ''), '', placeOf(node, file.path), 2);
      continue;
    }
    if (numbered.take(node, section === 'checkpoint' && group !== null ? groupDepth : null)) continue;
    if (node.type === 'heading') {
      if (node.depth === 1 && out.title === null) {
        out.title = cleanText(toString(node)).trim();
        out.titlePlace = placeOf(node, file.path);
        continue;
      }
      if (node.depth <= 2) {
        endCheckpoint();
        section = sectionOf(node, ctx.config.sections);
        group = null;
        if (section === 'checkpoint') checkpoint = node;
        unread = section === 'other' && node.depth === 2 ? node : null;
        if (section !== 'other') out.anchors[section] ??= anchorOf.get(node) ?? null;
        if (section === 'checkpoint') out.checkpointPlace = placeOf(node, file.path);
        continue;
      }
      if (section === 'checkpoint') openGroup(cleanText(toString(node)).trim(), anchorOf.get(node) ?? '', placeOf(node, file.path), node.depth);
      continue;
    }
    if (out.focus === null && isFocus(node, focus)) {
      out.focus = readFocus(node, file, focus);
      continue;
    }
    // Set off as a quote (`> **Focus:** …`), as pages often put it under the title.
    const quoted = node.type === 'blockquote' && node.children.length === 1 ? node.children[0] : undefined;
    if (out.focus === null && quoted && isFocus(quoted, focus)) {
      out.focus = readFocus(quoted, file, focus);
      continue;
    }
    // Only under an unread heading: most paragraphs of a page are not questions, and need no look.
    const unreadWhat = !unread ? null : node.type === 'list' || node.type === 'table' ? node.type : isNumberedQuestion(node) ? 'numbered question' : null;
    if (unread && unreadWhat) {
      const title = cleanText(toString(unread)).trim();
      const known = 'review loop, reflection prompts, checkpoint, self-evaluation, completion gate';
      ctx.findings.push({ code: 'review-section-unread', message: `Section "${title}" is none of the sections the review page is read by (${known}), so its ${unreadWhat} is read for nothing; if it is one of them, title it so or add its title to \`sections\` in coursepack.config.json`, place: placeOf(unread, file.path), module: ctx.moduleId });
      unread = null;
    }
    if (node.type === 'list' && section === 'checkpoint' && group === null) ungrouped.push(node);
    else if (node.type === 'list') readList(node, section, group, out, file, ctx);
    else if (node.type === 'table' && section === 'rubric' && out.rubric === null) out.rubric = readRubric(node, file.path, ctx);
  }
  numbered.end();
  endCheckpoint();
  return out;
}

/** Whether a block opens questions: a question numbered as a paragraph, or a list but one of checkboxes (a question's choices). */
function opensQuestions(node: RootContent | undefined): boolean {
  if (!node) return false;
  return isNumberedQuestion(node) || (node.type === 'list' && !node.children.some((item) => typeof item.checked === 'boolean'));
}

/** Whether a block is a title in bold on a line of its own (`**Conceptual**`, `**Applied:**`), no question. */
function isBoldTitle(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const only = node.children[0];
  if (only?.type !== 'strong') return false;
  const text = toString(only).trim();
  return text !== '' && text.length <= 80 && !/[?？]$/.test(text) && !isNumberedQuestion(node);
}

/**
 * The lists of a checkpoint written before any group title: its questions when the checkpoint has
 * no group at all (`group`, titled as the checkpoint), else reported, as they are not read.
 */
function readUngrouped(lists: readonly List[], checkpoint: Heading, group: GroupDraft | null, file: SourceFile, ctx: ModuleContext): void {
  for (const list of lists) {
    if (group) for (const item of list.children) group.questions.push(readQuestion(item, group.questions.length + 1, group.id, file, ctx));
    else {
      const message = `This list comes before the first group of "${cleanText(toString(checkpoint)).trim()}", so it is not read as questions; put it under a group title (\`### Conceptual\`) or move it out of the checkpoint`;
      ctx.findings.push({ code: 'checkpoint-list-ungrouped', message, place: placeOf(list, file.path), module: ctx.moduleId });
    }
  }
}

function readList(list: List, section: SectionKey, group: GroupDraft | null, out: ReviewContent, file: SourceFile, ctx: ModuleContext): void {
  switch (section) {
    case 'reviewLoop':
      out.reviewLoop.push(...readItems(list, 'step', out.reviewLoop.length + 1, file, ctx));
      break;
    case 'reflectionPrompts':
      out.reflectionPrompts.push(...readItems(list, 'reflection', out.reflectionPrompts.length + 1, file, ctx));
      break;
    case 'gate':
      out.gate.push(...readGate(list, out.gate.length + 1, file, ctx));
      break;
    case 'checkpoint':
      if (group) {
        for (const item of list.children) {
          group.questions.push(readQuestion(item, group.questions.length + 1, group.id, file, ctx));
        }
      }
      break;
    default:
      break;
  }
}

function readFocus(paragraph: Paragraph, file: SourceFile, label: FocusLabel): RichText {
  const text = toRichText([withoutLabel(paragraph, label.word)], file);
  text.markdown = text.markdown.replace(label.written, '');
  return text;
}
