import type { CourseConfig } from './config.js';
import type { AnswerWords } from './read-answer.js';
import type { QuoteLabels } from './quote-labels.js';
import type { Finding } from './finding.js';
import type { ModuleLinks } from './module-links.js';
import type { ReferenceReader } from './read-references.js';
import type { FileRole, Outline } from './types.js';

/** What readers of one module's files need to know about the module and the course. */
export interface ModuleContext {
  moduleId: string;
  config: CourseConfig;
  /** File name → role, for this module's files. */
  roleOfName: Map<string, FileRole>;
  /** Role → file name in this module. */
  nameOfRole: Map<FileRole, string>;
  /** Every markdown file of the course by path, with its role (null for files without one). */
  courseFiles: Map<string, FileRole | null>;
  /** Outline of every parsed file of this module by path. */
  outlines: Map<string, Outline>;
  /** Paths of this module's own files. */
  ownPaths: ReadonlySet<string>;
  /** References into other modules' files, gathered for {@link ModuleLinks}. */
  crossReferences: ModuleLinks['references'];
  /** Images shown from the content folder, gathered for {@link ModuleLinks}. */
  images: ModuleLinks['images'];
  /** Where the module's links to files (downloads) are collected. */
  files: ModuleLinks['files'];
  readReferences: ReferenceReader;
  /** The words that start an answer line: `Answer`, and the course's own (`Antwort`). */
  answerWords: AnswerWords;
  /** The labels a quote under a question starts with: `Correct:` …, and the course's own (`Musterlösung:`). */
  quoteLabels: QuoteLabels;
  findings: Finding[];
}
