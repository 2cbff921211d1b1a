import type { Course, Diagnostic, DocumentSet, Module } from '@coursepack/core';

/** One file of an export, its path relative to the format's output folder (POSIX separators). */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
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
}

/** The validated course plus the parsed documents exporters render from (never re-parsed). */
export interface ExportInput {
  course: Course;
  documents: DocumentSet;
}

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
}
