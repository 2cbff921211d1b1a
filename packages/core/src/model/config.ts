import type { Labels } from './labels.js';
import { DEFAULT_LABELS } from './labels.js';
import type { FileRole } from './types.js';

/** Names of the review page's sections, lower-cased, as they appear in H2 headings. */
export interface SectionTitles {
  reviewLoop: string[];
  reflectionPrompts: string[];
  checkpoint: string[];
  rubric: string[];
  gate: string[];
}

/** A course's configuration (`coursepack.config.json` at the content root). */
export interface CourseConfig {
  /** Course title; defaults to the content folder's name. */
  title: string | null;
  /** The language the course is written in, a BCP 47 tag (`en`, `de-CH`, `ar`), canonical in case. */
  language: string;
  /** File stems (after the `NN_` prefix) that give each role. */
  roles: Record<FileRole, string[]>;
  sections: SectionTitles;
  /** Folders that hold a module's files for their parent (`<module>/extended_notes/`). */
  wrapperFolders: string[];
  /** Words that stand for a module file in references (`explainer §6.1`). */
  abbreviations: Record<string, string>;
  /** Passing score as a fraction (0–1) of the maximum; null means none. */
  passingScore: number | null;
  /** Largest markdown file read, in bytes. */
  maxFileSize: number;
  /** Largest image file read and packaged, in bytes. */
  maxImageSize: number;
  /** Most pixels (width × height) an image may declare. */
  maxImagePixels: number;
  /** Largest file a module's page links to (a download) read and packaged, in bytes. */
  maxDownloadSize: number;
  /** The labels printed around the content: the configuration's over the language's built-in ones (English when it has none). */
  labels: Labels;
  /**
   * Font files (TrueType, OpenType or collections of either) for the PDFs, by path in the content
   * folder: typeset after the bundled fonts, for the characters those lack.
   */
  pdfFonts: string[];
}

/** The file name the configuration is read from. */
export const CONFIG_FILE_NAME = 'coursepack.config.json';

/** Configuration used when a course has none. */
export const defaultConfig: CourseConfig = {
  title: null,
  language: 'en',
  roles: {
    'weekly-plan': ['weekly_plan'],
    explainer: ['explainer'],
    'study-material': ['study_material'],
    'daily-recall': ['daily_recall'],
    'hands-on-lab': ['hands_on_lab'],
    review: ['revision', 'review'],
  },
  sections: {
    reviewLoop: ['review loop'],
    reflectionPrompts: ['reflection prompts', 'reflection'],
    checkpoint: ['embedded checkpoint', 'checkpoint'],
    rubric: ['self-evaluation', 'self evaluation', 'rubric'],
    gate: ['completion gate'],
  },
  wrapperFolders: ['extended_notes'],
  abbreviations: { explainer: 'explainer', 'study material': 'study-material', lab: 'hands-on-lab', recall: 'daily-recall' },
  passingScore: null,
  maxFileSize: 2 * 1024 * 1024,
  maxImageSize: 10 * 1024 * 1024,
  maxImagePixels: 50_000_000,
  maxDownloadSize: 20 * 1024 * 1024,
  labels: { ...DEFAULT_LABELS },
  pdfFonts: [],
};
