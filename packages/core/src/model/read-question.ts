import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import { placeOf } from './place-of.js';
import { withoutNumber, withoutNumberMarkdown } from './numbered-question.js';
import { answerLineText, isAnswerLine, readAnswer } from './read-answer.js';
import type { AnswerWords } from './read-answer.js';
import type { QuoteLabels } from './quote-labels.js';
import { readAttributes } from './read-attributes.js';
import { takeDetails } from './read-details.js';
import { readLabelledBlock, withoutLabel } from './read-labelled-block.js';
import { resolveReference } from './resolve-reference.js';
import { splitLabelledLines, splitParagraph } from './split-labelled-lines.js';
import { toRichText } from './rich-text.js';
import { alertType } from '../render/alerts.js';
import type { Choice, Feedback, NumericAnswer, Question, QuestionKind, RichText } from './types.js';

// A flashcard (`Q: …` then `A: …`, as recall pages often write them): the `A:` line is the back.
const QUESTION_LABEL = /^\s*(?:\*\*|__)?\s*(?:q|question)\s*:\s*(?:\*\*|__)?\s*(?::\s*)?/i;
const BACK_LABEL = /^\s*(?:\*\*|__)?\s*a\s*:\s*(?:\*\*|__)?\s*(?::\s*)?/i;

// Options written as on paper, a line each under the prompt (`a) HNSW`, `b. IVF`), with `Answer: b`;
// an option may start with code or emphasis (`a) \`SELECT …\``), a node after the text's end.
const LETTER_AHEAD = /\n(?=[ \t]*[a-z][.)][ \t]+(?:\S|$))/i;
const LETTER = /^\s*([a-z])[.)]\s+/i;
const ANSWER_LETTER = /^\(?([a-z])\)?[.)]?$/i;

/**
 * The options of a choice question written as on paper: two or more lines ending the prompt's last
 * paragraph, lettered `a)` (or `a.`), `b)` … in order, when the `Answer:` line names only letters
 * among them (`b`, `(b)`, `b, d`). The prompt keeps what precedes them.
 */
function letteredChoices(promptNodes: readonly RootContent[], answerText: string, file: SourceFile, words: AnswerWords): { prompt: RootContent[]; choices: Choice[] } | null {
  const last = promptNodes.at(-1);
  if (last?.type !== 'paragraph') return null;
  const parts = splitParagraph(last, file.text, LETTER_AHEAD);
  let first = parts.length;
  while (first > 0 && LETTER.test(toString(parts[first - 1]!))) first--;
  const options = parts.slice(first);
  if (options.length < 2 || (first === 0 && promptNodes.length === 1)) return null;
  const letters = options.map((o) => (LETTER.exec(toString(o))?.[1] ?? '').toLowerCase());
  if (letters.some((letter, i) => letter !== choiceId(i))) return null;
  const named = answerText.replace(words.label, '').split(/\s*(?:[,|;&]|\band\b)\s*/i).filter((t) => t !== '');
  const picked = named.map((t) => ANSWER_LETTER.exec(t)?.[1]?.toLowerCase());
  if (picked.length === 0 || picked.some((letter) => letter === undefined || !letters.includes(letter))) return null;
  const choices = options.map((option, i): Choice => {
    const text = toRichText([withoutLabel(option, LETTER)], file);
    text.markdown = text.markdown.replace(LETTER, '');
    return { id: choiceId(i), text, isCorrect: picked.includes(letters[i]), feedback: null, place: placeOf(option, file.path) };
  });
  return { prompt: [...promptNodes.slice(0, -1), ...parts.slice(0, first)], choices };
}

/**
 * The paragraph of an answer written as a bullet of its own under the prompt (`- Answer: 42`), as
 * notes often do: a list of one plain item that is one `Answer:` paragraph. Null for anything else.
 */
function answerBullet(node: RootContent, words: AnswerWords): Paragraph | null {
  if (node.type !== 'list' || node.children.length !== 1) return null;
  const item = node.children[0];
  const only = item?.children.length === 1 ? item.children[0] : undefined;
  return typeof item?.checked !== 'boolean' && only?.type === 'paragraph' && isAnswerLine(toString(only), words) ? only : null;
}

// A paragraph that reads like an answer line but is none: another word for it (`Solution:`,
// `Correct answer:`), the word in another language (`Antwort:`, `Réponse:`), or a dash for the colon.
const ANSWER_LIKE = /^\s*(?:\*\*|__)?\s*(?:(?:correct|right)\s+)?(?:answers?|solutions?|antwort|lösung|réponse|respuesta|solución|risposta|soluzione|antwoord|oplossing|resposta|solução)(?:\s*(?:\*\*|__)?\s*[:：]|\s+[—–-]\s)/iu;

/**
 * Report the prompt's paragraphs after its first that read like an answer line but are not one
 * (`Antwort: 12`, `Solution: 10`): the learner would be shown the answer as part of the question.
 */
function reportUnreadAnswerLabels(promptNodes: readonly RootContent[], file: SourceFile, ctx: ModuleContext): void {
  for (const node of promptNodes.slice(1)) {
    if (node.type !== 'paragraph') continue;
    const text = toString(node);
    const label = ANSWER_LIKE.exec(text);
    if (!label) continue;
    const starts = ctx.answerWords.words.map((word) => `\`${word}:\``).join(' or ');
    const message = `\`${label[0].trim()}\` reads like an answer, but only ${starts} starts one: this paragraph is shown to learners as part of the question; write \`${ctx.answerWords.words.at(-1)}: …\` (or \`> Model answer: …\` for an open question)`;
    ctx.findings.push({ code: 'answer-label-unread', message, place: placeOf(node, file.path), module: ctx.moduleId });
  }
}

// What the model's schema allows a question id (`#/$defs/id`).
const QUESTION_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const MAX_QUESTION_ID = 200;

/** A question as read, before points are shared out by the rubric. */
export type QuestionDraft = Question & { pinnedPoints: number | null };

/**
 * Read one list item of a question group as a question. `numbered`: the item stands for a question
 * numbered as a paragraph (see numbered-question), whose number the prompt leaves out.
 */
export function readQuestion(item: ListItem, number: number, idPrefix: string, file: SourceFile, ctx: ModuleContext, numbered = false): QuestionDraft {
  const place = placeOf(item, file.path);
  let choiceList: List | null = null;
  let answerText: string | null = null;
  const quotes: ReturnType<typeof readLabelledBlock>[] = [];
  const promptNodes: RootContent[] = [];
  const lead = item.children[0];
  const isCard = lead?.type === 'paragraph' && QUESTION_LABEL.test(toString(lead));
  const backNodes: RootContent[] = [];
  // An answer collapsed as on GitHub (`<details><summary>Answer</summary>…`) is never prompt text.
  const { rest: blocks, details } = takeDetails(item.children, file);
  const words = ctx.answerWords;
  // An answer line written straight under the prompt, without a blank line, is still the answer.
  const children = blocks.flatMap((child): RootContent[] => (child.type === 'paragraph' ? splitParagraph(child, file.text, isCard ? words.cardAhead : words.ahead) : [child]));
  for (const child of children) {
    const bullet = answerBullet(child, words);
    if (bullet !== null && promptNodes.length > 0 && answerText === null) answerText = answerLineText(bullet, file.text);
    else if (child.type === 'list' && choiceList === null && child.children.some((c) => c.checked !== null && c.checked !== undefined)) choiceList = child;
    else if (child.type === 'paragraph' && promptNodes.length > 0 && isAnswerLine(toString(child), words)) answerText = answerLineText(child, file.text);
    else if (child.type === 'blockquote' && alertType(child) === null) for (const part of splitLabelledLines(child, file.text, ctx.quoteLabels)) quotes.push(readLabelledBlock(part, file, ctx.quoteLabels));
    else if (isCard && promptNodes.length > 0 && (backNodes.length > 0 || (child.type === 'paragraph' && BACK_LABEL.test(toString(child))))) backNodes.push(child);
    else promptNodes.push(child);
  }
  if (answerText === null) reportUnreadAnswerLabels(promptNodes, file, ctx);
  const lettered = choiceList === null && answerText !== null ? letteredChoices(promptNodes, answerText, file, words) : null;
  if (lettered) {
    promptNodes.splice(0, promptNodes.length, ...lettered.prompt);
    answerText = null;
  }
  if (numbered && promptNodes[0]?.type === 'paragraph') promptNodes[0] = withoutNumber(promptNodes[0]);
  if (isCard && promptNodes[0]?.type === 'paragraph') promptNodes[0] = withoutLabel(promptNodes[0], QUESTION_LABEL);
  if (backNodes[0]?.type === 'paragraph') backNodes[0] = withoutLabel(backNodes[0], BACK_LABEL);

  let attrRaw: string | null = null;
  let attributes = null;
  const head = promptNodes[0];
  if (head?.type === 'paragraph') {
    const split = readAttributes(head);
    if (split) {
      promptNodes[0] = split.paragraph;
      attributes = split.attributes;
      attrRaw = split.attributes.raw;
      if (split.attributes.unknown.length > 0) {
        ctx.findings.push({ code: 'question-invalid-attribute', message: `Unknown question attribute ${split.attributes.unknown.map((t) => `\`${t}\``).join(', ')}; expected \`#id\`, a kind such as \`.multiple\`, or \`points=N\``, place: placeOf(head, file.path), module: ctx.moduleId });
      }
      const pinned = split.attributes.id;
      if (pinned !== null && (!QUESTION_ID.test(pinned) || pinned.length > MAX_QUESTION_ID)) {
        const message = `The id \`#${pinned.length > 40 ? `${pinned.slice(0, 40)}…` : pinned}\` must start with a letter, a digit or \`_\` and be at most ${MAX_QUESTION_ID} characters long`;
        ctx.findings.push({ code: 'question-invalid-attribute', message, place: placeOf(head, file.path), module: ctx.moduleId });
        split.attributes.id = null;
      }
      for (const { what, tokens } of split.attributes.repeated) {
        const message = `The question's attributes give ${what === 'id' ? 'an id' : what === 'kind' ? 'a kind' : 'points'} ${tokens.length} times (${tokens.map((t) => `\`${t}\``).join(', ')}); only the last counts, so keep one`;
        ctx.findings.push({ code: 'question-invalid-attribute', message, place: placeOf(head, file.path), module: ctx.moduleId });
      }
    }
  }
  const prompt = toRichText(promptNodes, file);
  if (numbered) prompt.markdown = withoutNumberMarkdown(prompt.markdown);
  if (isCard) prompt.markdown = prompt.markdown.replace(QUESTION_LABEL, '');
  if (attrRaw !== null) {
    const at = prompt.markdown.indexOf(attrRaw);
    if (at >= 0) prompt.markdown = (prompt.markdown.slice(0, at).trimEnd() + prompt.markdown.slice(at + attrRaw.length)).trim();
  }

  const { references: raw } = ctx.readReferences(promptNodes, file);
  const references = raw.map((r) => resolveReference(r, file, ctx));
  const choices: Choice[] = choiceList ? choiceList.children.map((c, i) => readChoice(c, i, file, ctx.quoteLabels)) : (lettered?.choices ?? []);
  const answer = answerText !== null ? readAnswer(answerText, words) : { answers: [], numeric: null as NumericAnswer | null };

  let kind: QuestionKind = attributes?.kind ?? inferKind(choices, answerText !== null, answer.numeric !== null);
  const feedback: Feedback = { general: null, correct: null, incorrect: null };
  let modelAnswer: RichText | null = null;
  if (backNodes.length > 0) {
    modelAnswer = toRichText(backNodes, file);
    modelAnswer.markdown = modelAnswer.markdown.replace(BACK_LABEL, '');
  }
  for (const q of quotes) {
    if (q.label === 'correct') feedback.correct = q.text;
    else if (q.label === 'incorrect') feedback.incorrect = q.text;
    else if (q.label === 'answer' || (q.label === null && kind === 'open')) modelAnswer = q.text;
    else feedback.general = q.text;
  }
  // A collapsed answer: an open question's model answer, else what the learner reads after answering.
  for (const hidden of details) {
    if (kind === 'open' && modelAnswer === null) modelAnswer = hidden;
    else if (feedback.general === null) feedback.general = hidden;
  }
  if (kind === 'true-false' && !isTrueFalse(choices)) kind = 'single';

  return {
    id: attributes?.id ?? `${idPrefix}-${number}`,
    uid: '',
    kind,
    number,
    prompt,
    references,
    choices,
    answers: kind === 'short' || kind === 'numeric' ? answer.answers : [],
    numeric: kind === 'numeric' ? answer.numeric : null,
    feedback,
    modelAnswer,
    points: 0,
    pointsSource: 'default',
    criterion: null,
    place,
    pinnedPoints: attributes?.points ?? null,
  };
}

function readChoice(item: ListItem, index: number, file: SourceFile, labels: QuoteLabels): Choice {
  // A quote under a choice is its feedback; an alert (`> [!TIP]`) is part of what it says.
  const quote = item.children.find((c) => c.type === 'blockquote' && alertType(c) === null);
  const body = item.children.filter((c) => c.type !== 'blockquote' || alertType(c) !== null);
  return {
    id: choiceId(index),
    text: toRichText(body, file),
    isCorrect: item.checked === true,
    feedback: quote?.type === 'blockquote' ? readLabelledBlock(quote, file, labels).text : null,
    place: placeOf(item, file.path),
  };
}

/** Choice ids: a…z, then aa, ab … (stable by position). */
function choiceId(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? (letters[index] ?? 'a') : `${letters[Math.floor(index / 26) - 1] ?? 'z'}${letters[index % 26] ?? 'a'}`;
}

function isTrueFalse(choices: Choice[]): boolean {
  const texts = choices.map((c) => c.text.text.trim().toLowerCase()).sort();
  return texts.length === 2 && texts[0] === 'false' && texts[1] === 'true';
}

function inferKind(choices: Choice[], hasAnswer: boolean, isNumeric: boolean): QuestionKind {
  if (choices.length > 0) {
    if (isTrueFalse(choices)) return 'true-false';
    return choices.filter((c) => c.isCorrect).length > 1 ? 'multiple' : 'single';
  }
  if (hasAnswer) return isNumeric ? 'numeric' : 'short';
  return 'open';
}
