import type { Course, Diagnostic, Document, Module } from '@coursepack/core';

/** One file of an export, its path relative to the format's output folder (POSIX separators). */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * A large course-level file produced piece by piece as it is written, so no process ever holds
 * the whole of it. `stream` starts a new pass over its bytes each time it is called.
 */
export interface StreamedFile {
  path: string;
  stream: () => AsyncIterable<Uint8Array>;
}

/** What `assembleCourse` returns: like {@link ExportResult}, but files may be streamed. */
export interface AssembledResult {
  files: (OutputFile | StreamedFile)[];
  diagnostics: Diagnostic[];
}

/** What an exporter returns: the files to write and anything the author should know. */
export interface ExportResult {
  files: OutputFile[];
  /** Notices about the export itself (e.g. what a format cannot carry), never thrown. */
  diagnostics: Diagnostic[];
}

/** Options every exporter receives; each reads the ones it knows. */
export interface ExportOptions {
  /** Version of coursepack, written where a format records its generator. */
  toolVersion: string;
  /** Include source positions in JSON output. */
  positions?: boolean;
  /** Paper size of printable output. */
  paper?: 'a4' | 'letter';
  /** Also write one SCORM package for the whole course. */
  scormCourse?: boolean;
  /** Write Common Cartridge 1.3 instead of 1.1. */
  ccVersion?: '1.1' | '1.3';
  /**
   * Remember an expensive piece of output by a key the exporter derives from everything it
   * depends on (the build backs it with its cache); without it, `make` simply runs.
   */
  memo?: (key: string, make: () => Promise<Uint8Array>) => Promise<Uint8Array>;
  /**
   * Most child processes an exporter runs at once; without it, one (the PDF booklet's volumes each
   * take hundreds of MB to typeset). It never changes the output.
   */
  jobs?: number;
  /**
   * Font files the course adds for printable output (`pdfFonts`), read and checked, in the order
   * listed: each by its path in the content folder, the SHA-256 of its bytes (hex; what a cache
   * key records instead of megabytes), and the bytes.
   */
  fonts?: { path: string; sha256: string; bytes: Uint8Array }[];
}

/** Parsed module files by path relative to the content root. */
export type DocumentLookup = Pick<ReadonlyMap<string, Document>, 'get' | 'has'>;

/** The validated course plus the parsed documents exporters render from (never re-parsed). */
export interface ExportInput {
  /**
   * The course. When modules are built one at a time (large courses, worker threads), modules
   * other than the one being exported are skeletons: id, key, path and files, without content.
   */
  course: Course;
  documents: DocumentLookup;
  /**
   * Bytes of the files modules show (images) and link to (downloads), by their path in the
   * content folder (see `Module.assets` and `Module.downloads`). A file without bytes here (missing
   * from the folder, reported by validation) is left out of every package, and links to it are inert.
   */
  assets?: AssetLookup;
}

/** Bytes of assets by path in the content folder. */
export type AssetLookup = Pick<ReadonlyMap<string, Uint8Array>, 'get'>;

/**
 * Reads back the parts one module contributed to a course-level output; with `path`, a reader may
 * read only that part, so a large part is not read for a small one (`readPart` picks it out).
 */
export type ReadParts = (moduleId: string, path?: string) => Promise<OutputFile[]>;

/** An output format: per-module files, and files that need the whole course. */
export interface FormatExporter {
  /** Format name as given to `--format` (e.g. `scorm12`). */
  name: string;
  /** One line for `coursepack build --help`. */
  description: string;
  /** Files for one module. The module has no validation errors. */
  exportModule?: (module: Module, input: ExportInput, options: ExportOptions) => Promise<ExportResult>;
  /** Files built from every exportable module of the course (e.g. a booklet or a cartridge). */
  exportCourse?: (input: ExportInput, options: ExportOptions) => Promise<ExportResult>;
  /**
   * Pieces of a course-level output that come from one module (rendered pages, assessment files),
   * made while the module's documents are at hand and cached with the module. Without it, a
   * format with `assembleCourse` gets the module's own `exportModule` files as its parts.
   */
  exportModuleParts?: (module: Module, input: ExportInput, options: ExportOptions) => Promise<OutputFile[]>;
  /**
   * Course-level files assembled from every module's parts, read back one module at a time;
   * used instead of `exportCourse` when present, so no module's documents are needed again.
   * Large files come back as {@link StreamedFile}s that read the parts again as they are written.
   */
  assembleCourse?: (course: Course, readParts: ReadParts, options: ExportOptions) => Promise<AssembledResult>;
}
