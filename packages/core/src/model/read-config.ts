import type { CourseConfig } from './config.js';
import { defaultConfig } from './config.js';
import { pointerStep } from './config-place.js';
import { builtInLabels } from './built-in-labels.js';
import type { LabelKey, LabelText, Labels } from './labels.js';
import { DEFAULT_LABELS, PLURAL_CATEGORIES, labelPlaceholders } from './labels.js';
import type { FileRole } from './types.js';

/** A problem with the configuration file, with a JSON pointer to the bad value. */
export interface ConfigProblem {
  pointer: string;
  message: string;
  /** Where the text stops being JSON (a character offset), when it is not valid JSON. */
  offset?: number;
}

const ROLES = Object.keys(defaultConfig.roles) as FileRole[];
const SECTION_KEYS = Object.keys(defaultConfig.sections) as (keyof CourseConfig['sections'])[];

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
}

/**
 * Read configuration JSON over the defaults; unknown or malformed values are reported and ignored.
 * The labels are the language's built-in ones (English when it has none) with the author's over them.
 */
export function readConfig(text: string | null): { config: CourseConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: CourseConfig = structuredClone(defaultConfig);
  if (text === null) return { config, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message)?.[1];
    problems.push({ pointer: '', message: `The configuration is not valid JSON (${message})`, offset: at === undefined ? text.length : Number(at) });
    return { config, problems };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ pointer: '', message: 'The configuration must be a JSON object' });
    return { config, problems };
  }
  const labels: Partial<Labels> = {};
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        break;
      case 'title':
        // An empty title would name every package, cartridge and booklet nothing at all.
        if (typeof value === 'string' && value.trim() !== '') config.title = value.trim();
        else problems.push({ pointer: '/title', message: '`title` must be a string with some text; without one, the content folder\'s name is the title' });
        break;
      case 'language': {
        const tag = typeof value === 'string' ? languageTag(value) : null;
        if (tag) config.language = tag;
        else problems.push({ pointer: '/language', message: '`language` must be a language tag such as `en`, `de-CH` or `ar`' });
        break;
      }
      case 'roles':
        readRecord(value, '/roles', problems, (name, list, pointer) => {
          if (!ROLES.includes(name as FileRole)) problems.push({ pointer, message: `Unknown role \`${name}\`; expected one of ${ROLES.join(', ')}` });
          else if (!isStringList(list)) problems.push({ pointer, message: `Role \`${name}\` must list file stems` });
          else config.roles[name as FileRole] = list.map((s) => s.toLowerCase());
        });
        break;
      case 'sections':
        readRecord(value, '/sections', problems, (name, list, pointer) => {
          const k = name as keyof CourseConfig['sections'];
          if (!SECTION_KEYS.includes(k)) problems.push({ pointer, message: `Unknown section \`${name}\`; expected one of ${SECTION_KEYS.join(', ')}` });
          else if (!isStringList(list)) problems.push({ pointer, message: `Section \`${name}\` must list heading titles` });
          else config.sections[k] = list.map((s) => s.trim().toLowerCase());
        });
        break;
      case 'wrapperFolders':
        if (isStringList(value)) config.wrapperFolders = value;
        else problems.push({ pointer: '/wrapperFolders', message: '`wrapperFolders` must list folder names' });
        break;
      case 'abbreviations':
        readRecord(value, '/abbreviations', problems, (word, target, pointer) => {
          if (typeof target === 'string' && (ROLES.includes(target as FileRole) || /\.md$/i.test(target))) config.abbreviations[word.toLowerCase()] = target;
          else problems.push({ pointer, message: `Abbreviation \`${word}\` must name a role or a .md file` });
        });
        break;
      case 'passingScore':
        if (value === null || (typeof value === 'number' && value > 0 && value <= 1)) config.passingScore = value;
        else problems.push({ pointer: '/passingScore', message: '`passingScore` must be a fraction greater than 0 and at most 1' });
        break;
      case 'maxFileSize':
      case 'maxImageSize':
      case 'maxDownloadSize':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) config[key] = value;
        else problems.push({ pointer: `/${key}`, message: `\`${key}\` must be a positive whole number of bytes` });
        break;
      case 'labels':
        readRecord(value, '/labels', problems, (name, text, pointer) => {
          const problem = labelProblem(name, text);
          if (problem) problems.push({ pointer, message: problem });
          else labels[name as LabelKey] = text as LabelText;
        });
        break;
      case 'pdfFonts':
        config.pdfFonts = readPdfFontList(value, problems);
        break;
      case 'maxImagePixels':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) config.maxImagePixels = value;
        else problems.push({ pointer: '/maxImagePixels', message: '`maxImagePixels` must be a positive whole number of pixels' });
        break;
      default:
        problems.push({ pointer: pointerStep(key), message: `Unknown configuration key \`${key}\`` });
    }
  }
  // Only once the language is known, wherever `labels` stands in the file.
  config.labels = { ...(builtInLabels(config.language) ?? config.labels), ...labels };
  return { config, problems };
}

/** Why `text` cannot be the label `name`, or null when it can: a known label, its text in a form it takes, with no placeholder it lacks. */
function labelProblem(name: string, text: unknown): string | null {
  if (!Object.hasOwn(DEFAULT_LABELS, name)) return `Unknown label \`${name}\`; see docs/authoring.md for every label`;
  const english: LabelText = DEFAULT_LABELS[name as LabelKey];
  const isPlural = typeof english !== 'string';
  if (typeof text === 'string') {
    if (isPlural) return `Label \`${name}\` shows a count: give its forms by plural category, such as { "one": …, "other": … }`;
  } else if (!isPlural || typeof text !== 'object' || text === null || Array.isArray(text)) {
    return `Label \`${name}\` must be ${isPlural ? 'an object of its forms by plural category' : 'a string'}`;
  } else {
    const forms = Object.entries(text);
    const odd = forms.find(([category, form]) => !(PLURAL_CATEGORIES as readonly string[]).includes(category) || typeof form !== 'string');
    if (odd) return `Label \`${name}\` may only give strings for the plural categories ${PLURAL_CATEGORIES.join(', ')}`;
    if (typeof (text as Record<string, unknown>)['other'] !== 'string') return `Label \`${name}\` must give its \`other\` form`;
  }
  const known = labelPlaceholders(english);
  const unknown = [...labelPlaceholders(text as LabelText)].filter((p) => !known.has(p));
  if (unknown.length > 0) return `Label \`${name}\` uses ${unknown.map((p) => `{${p}}`).join(', ')}, which it is never given${known.size > 0 ? `; it has ${[...known].map((p) => `{${p}}`).join(', ')}` : ''}`;
  return null;
}

/** Endings of the font files the PDF typesetter loads: TrueType, OpenType, and collections of either. */
const FONT_FILE = /\.(?:ttf|otf|ttc|otc)$/i;

/**
 * The usable entries of `pdfFonts`: paths inside the content folder (`fonts/NotoSansJP-Regular.otf`)
 * of font files, each once. Whether each is a file there, and a font, is checked when it is read.
 */
function readPdfFontList(value: unknown, problems: ConfigProblem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push({ pointer: '/pdfFonts', message: '`pdfFonts` must list font files by their path in the content folder, such as ["fonts/NotoSansJP-Regular.otf"]' });
    return [];
  }
  const fonts: string[] = [];
  value.forEach((entry: unknown, index) => {
    const problem = pdfFontProblem(entry, fonts);
    if (problem) problems.push({ pointer: `/pdfFonts/${index}`, message: problem });
    else fonts.push(entry as string);
  });
  return fonts;
}

/** Why `entry` cannot be a `pdfFonts` entry after `earlier`, or null when it can. */
function pdfFontProblem(entry: unknown, earlier: readonly string[]): string | null {
  if (typeof entry !== 'string' || entry.trim() === '') return 'A `pdfFonts` entry must be the path of a font file in the content folder, such as `fonts/NotoSansJP-Regular.otf`';
  const shown = `\`${entry}\``;
  if (entry.includes('\\')) return `${shown} must separate folders with \`/\`, not \`\\\``;
  if (entry.startsWith('/') || /^[A-Za-z]:/.test(entry)) return `${shown} must be a path inside the content folder, not an absolute one`;
  // Hidden files and folders are never listed, so never read; `..` would leave the folder.
  if (entry.split('/').some((part) => part === '' || part.startsWith('.'))) return `${shown} must be a path inside the content folder, without empty, \`.\` or \`..\` parts or hidden names (starting with \`.\`)`;
  if (/\.woff2?$/i.test(entry)) return `${shown} is a web font (WOFF), which the PDF typesetter cannot load; list the .ttf or .otf file it was made from`;
  if (!FONT_FILE.test(entry)) return `${shown} must be a font file ending in .ttf, .otf, .ttc or .otc`;
  if (earlier.includes(entry)) return `${shown} is listed twice`;
  return null;
}

function readRecord(
  value: unknown,
  pointer: string,
  problems: ConfigProblem[],
  each: (key: string, value: unknown, pointer: string) => void,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ pointer, message: `\`${pointer.slice(1)}\` must be an object` });
    return;
  }
  for (const [k, v] of Object.entries(value)) each(k, v, `${pointer}${pointerStep(k)}`);
}

/**
 * `value` as a canonical BCP 47 language tag (`EN-us` → `en-US`), or null when it is none: a
 * language subtag of two or three letters, then subtags of letters and digits.
 */
function languageTag(value: string): string | null {
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value)) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

