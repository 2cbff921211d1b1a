/**
 * A label coursepack prints around the author's content: a string, or one string per plural
 * category of the course's language (`one`, `other`, and for some languages `zero`, `two`, `few`,
 * `many`; see `Intl.PluralRules`), picked by the count the label shows (`{n}`). `{name}` stands
 * for a value filled in where the label is printed.
 */
export type LabelText = string | PluralText;

/** A label as one string, where no count picks its form: a plural label's `other` form. */
export function labelOther(text: LabelText): string {
  return typeof text === 'string' ? text : text.other;
}

/**
 * A label as a word an author writes before a colon (`Antwort`, `Musterlösung`): its `other` form
 * without the colon, if it has one, and the spaces around it.
 */
export function labelWord(text: LabelText): string {
  return labelOther(text).trim().replace(/[:：]$/u, '').trim();
}

/** A regular expression's source matching `word` as written, any run of spaces as any other. */
export function wordPattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A label's forms by plural category; `other` is the one used when the language's category has none. */
export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** The plural categories a label may give (Unicode CLDR's). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Every label coursepack prints around the content (the player, the cartridge's pages, the names
 * of quizzes and categories, the PDFs), in English: the labels of a course in a language without
 * built-in ones (see `builtInLabels`), under the configuration's `labels`.
 */
export const DEFAULT_LABELS = {
  skipToContent: 'Skip to content',
  focus: 'Focus',
  reviewLoop: 'Review loop',
  reflectionPrompts: 'Reflection prompts',
  checkpoint: 'Checkpoint',
  selfEvaluation: 'Self-evaluation',
  completionGate: 'Completion gate',
  criterion: 'Criterion',
  yourScore: 'Your score',
  outOf: 'Out of',
  total: 'Total',
  yourScoreFor: 'Your score for {criterion} (0 to {max})',
  fromAnswers: '+ {n} from answers',
  scoredFromAnswers: 'scored from answers',
  points: { one: '{n} point', other: '{n} points' },
  see: 'See: {links}',
  notesOnPrompt: 'Your notes on prompt {n}',
  yourAnswer: 'Your answer',
  yourNumber: 'Your answer (a number)',
  compare: 'Compare',
  submit: 'Submit',
  modelAnswer: 'Model answer',
  noModelAnswer: 'No model answer: compare with the explainer.',
  resultCorrect: { one: 'Correct: {n} of {n} point.', other: 'Correct: {n} of {n} points.' },
  resultIncorrect: { one: 'Not correct: 0 of {n} point.', other: 'Not correct: 0 of {n} points.' },
  enterNumber: 'Enter a number first, e.g. 42 or 3.5.',
  answerFirst: 'Answer first, then submit.',
  completed: 'Completed.',
  inProgress: 'In progress: tick every item of the completion gate to finish.',
  savedInBrowser: 'Progress is saved in this browser.',
  reportedToLms: 'Progress is reported to your LMS (SCORM {version}).',
  notesShortened: 'Your notes are long: the copy kept by your LMS is shortened; the full text stays in this browser only.',
  notIncluded: 'Not included in this package',
  dailyRecall: 'Daily recall',
  outOfShort: 'Max',
  worksheet: 'Worksheet',
  instructorKey: 'Instructor key',
  worksheets: 'Worksheets',
  instructorKeys: 'Instructor keys',
  courseBooklet: 'Course booklet',
  contents: 'Contents',
  moduleNumber: 'Module {n}',
  moduleReview: 'Module review',
  name: 'Name',
  date: 'Date',
  score: 'Score',
  pageOf: 'Page {page} of {pages}',
  tickEvery: 'Tick every answer that applies.',
  answer: 'Answer',
  or: 'or',
  correctChoice: 'correct',
  noModelAnswerKey: 'No model answer given; score against the rubric.',
  feedback: 'Feedback',
  whenCorrect: 'When correct',
  whenIncorrect: 'When incorrect',
  pointsShort: { one: '{n} pt', other: '{n} pts' },
  volumeOf: 'volume {volume} of {volumes}',
  references: 'References',
  rubricCriterion: 'Rubric criterion',
  pointsHeading: 'Points',
  runIn: '{label}:',
  alertNote: 'Note',
  alertTip: 'Tip',
  alertImportant: 'Important',
  alertWarning: 'Warning',
  alertCaution: 'Caution',
} as const satisfies Record<string, LabelText>;

/** The name of a label. */
export type LabelKey = keyof typeof DEFAULT_LABELS;

/** Every label, as a course prints it. */
export type Labels = Record<LabelKey, LabelText>;

/** Every label in the form its English takes: a string, or its forms by plural category where English shows a count. */
export type LabelSet = { [K in LabelKey]: (typeof DEFAULT_LABELS)[K] extends string ? string : PluralText };

/** The `{name}` placeholders a label's text holds. */
export function labelPlaceholders(text: LabelText): Set<string> {
  const forms = typeof text === 'string' ? [text] : Object.values(text).filter((v): v is string => typeof v === 'string');
  return new Set(forms.flatMap((form) => [...form.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1] ?? '')));
}

// Building plural rules takes longer than using them many times over: one per language.
const rulesByLanguage = new Map<string, Intl.PluralRules>();
function pluralRules(language: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(language);
  if (!rules) rulesByLanguage.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

// Numbers as the language writes them (`1,5` in German and French), in the digits the content
// uses, and without grouping (`Module 1200`, not `Module 1,200`).
const numbersByLanguage = new Map<string, Intl.NumberFormat>();
/** `value` as `language` writes a number: its decimal sign, Latin digits, no grouping (`1,5` in German, `1.5` in English). */
export function formatNumber(value: number, language: string): string {
  let format = numbersByLanguage.get(language);
  if (!format) numbersByLanguage.set(language, (format = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 6, numberingSystem: 'latn' })));
  return format.format(value);
}

/**
 * A label as printed: the form for the count `values.n` in `language` when it has forms, with each
 * `{name}` replaced by its value (left as written when no value is given; a number written as the
 * language writes it, see {@link formatNumber}).
 */
export function formatLabel(text: LabelText, language: string, values: Readonly<Record<string, string | number>> = {}): string {
  let form: string;
  if (typeof text === 'string') form = text;
  else {
    const category = pluralRules(language).select(Number(values['n'] ?? 0));
    form = text[category] ?? text.other;
  }
  return form.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value, language) : value;
  });
}

/**
 * A printed label with its `{name}` placeholder replaced by `inside` (elements, where text cannot
 * go: `+ {n} from answers` around an output field); `inside` follows the label, after a space,
 * when the label leaves the placeholder out.
 */
export function labelAround<T>(label: string, name: string, inside: readonly T[]): (string | T)[] {
  const at = label.indexOf(`{${name}}`);
  if (at < 0) return [`${label} `, ...inside];
  const before = label.slice(0, at);
  const after = label.slice(at + name.length + 2);
  return [...(before ? [before] : []), ...inside, ...(after ? [after] : [])];
}
