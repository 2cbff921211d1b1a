import type { LabelKey, Module } from '@coursepack/core';
import { translator } from '@coursepack/core';
import type { PdfOptions } from '../render-pdf.js';
import type { AssetLookup } from '@coursepack/export-kit';
import { sheetData } from '../sheet-data.js';
import type { ModuleSheet, SheetVariant } from '../sheet-data.js';
import { breakable } from '../rich-blocks.js';
import { lowercaseOnly, printableData } from './font-coverage.js';
import { mergeImages, moduleImages } from './module-images.js';
import { shownFiles } from './shown-files.js';

/** Everything the template reads from `sys.inputs.data`. */
export interface DocumentData {
  variant: SheetVariant;
  paper: 'a4' | 'us-letter';
  /** The language of the text, as Typst takes it: an ISO 639 code (`en`), and a region (`CH`) or null. */
  lang: string;
  region: string | null;
  title: string;
  booklet: { title: string } | null;
  modules: ModuleSheet[];
  /** Place page markers around each question (tests query them; they cost a layout pass). */
  markers: boolean;
  /** The words the template prints around the content, in the course's language. */
  labels: Record<TemplateLabel, string>;
  /** The letters that stay as written where the template prints capitals: the fonts lack their capitals. */
  lowercase: string;
}

/** The labels the template prints itself (the sheets carry those made per module or question). */
const TEMPLATE_LABELS = [
  'worksheet', 'instructorKey', 'courseBooklet', 'worksheets', 'instructorKeys', 'contents', 'pageOf', 'name', 'date', 'score', 'focus', 'reviewLoop', 'reflectionPrompts', 'checkpoint',
  'selfEvaluation', 'criterion', 'outOfShort', 'total', 'completionGate', 'correctChoice', 'tickEvery', 'answer', 'or', 'modelAnswer', 'noModelAnswerKey',
] as const satisfies readonly LabelKey[];
type TemplateLabel = (typeof TEMPLATE_LABELS)[number];

/** The data of one printout; a booklet when `bookletTitle` is given. Images print from `assets`. */
export function documentData(
  modules: readonly Module[],
  variant: SheetVariant,
  print: Pick<PdfOptions, 'paper' | 'language' | 'labels' | 'fonts'>,
  bookletTitle: string | null,
  markers = false,
  assets?: AssetLookup,
  missing?: Set<string>,
): DocumentData {
  const t = translator(print);
  return documentDataOfSheets(modules.map((m) => sheetData(m, variant, assets, t)), variant, print, bookletTitle, markers, missing);
}

/**
 * Typst's language and region of a BCP 47 tag: `de-CH` → `de` and `CH`; `zh-Hans` → `zh` and
 * none; `es-419` → `es` and none (Typst takes two-letter regions only).
 */
function typstLanguage(tag = 'en'): { lang: string; region: string | null } {
  const locale = new Intl.Locale(tag);
  return { lang: locale.language, region: locale.region && /^[A-Z]{2}$/.test(locale.region) ? locale.region : null };
}

/**
 * The data of one printout from sheets already made (e.g. cached per module). Characters the
 * fonts (the template's and `print.fonts`) cannot show are replaced, and added to `missing` when given.
 */
export function documentDataOfSheets(
  sheets: ModuleSheet[],
  variant: SheetVariant,
  print: Pick<PdfOptions, 'paper' | 'language' | 'labels' | 'fonts'>,
  bookletTitle: string | null,
  markers = false,
  missing?: Set<string>,
): DocumentData {
  const t = translator(print);
  const label = t(variant === 'key' ? 'instructorKey' : 'worksheet');
  const labels = Object.fromEntries(TEMPLATE_LABELS.map((key) => [key, t(key)])) as Record<TemplateLabel, string>;
  // The focus is printed run in before its text (`Focus: …`, `Objectif : …`).
  labels.focus = t('runIn', { label: labels.focus });
  // Only characters the fonts show: the exporter reports the others (pdf-characters-missing).
  const data = printableData<Omit<DocumentData, 'lowercase'>>({
    variant,
    paper: print.paper === 'letter' ? 'us-letter' : 'a4',
    ...typstLanguage(print.language),
    // The document's own title is metadata, without the break points of the printed title.
    title: bookletTitle !== null ? `${bookletTitle} — ${t(variant === 'key' ? 'instructorKeys' : 'worksheets')}` : `${sheets[0]?.title.replaceAll('\u200B', '') ?? 'Module'} — ${label}`,
    booklet: bookletTitle !== null ? { title: breakable(bookletTitle) } : null,
    modules: sheets,
    markers,
    labels,
  }, missing, print.fonts);
  return { ...data, lowercase: lowercaseOnly(data, print.fonts) };
}

/** The image files of the given modules, by the name their sheets show them at. */
export function imageFilesOf(modules: readonly Module[], assets: AssetLookup | undefined): ReadonlyMap<string, Uint8Array> {
  return mergeImages(modules.map((m) => moduleImages(m, assets))).files;
}

/** Of `files`, those the data shows: only they are handed to the typesetter. */
export function filesShown(data: unknown, files: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const shown = new Map<string, Uint8Array>();
  if (files.size === 0) return shown;
  for (const name of shownFiles(data)) {
    const bytes = files.get(name);
    if (bytes) shown.set(name, bytes);
  }
  return shown;
}
