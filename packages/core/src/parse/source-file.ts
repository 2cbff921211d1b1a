import type { Place } from '../model/types.js';
import type { FootnoteDefinitions } from '../model/notes-in-text.js';
import type { AlertTitles } from '../render/alerts.js';

/** A decoded markdown file with a line index for turning offsets into places. */
export interface SourceFile {
  /** Path relative to the content root. */
  path: string;
  /** Text without a BOM; CRLF kept as written (positions refer to it). */
  text: string;
  /** Offset of the first character of each line. */
  lineStarts: number[];
  /** The titles its alerts (`> [!NOTE]`) show, in the course's language; English when not given. */
  alertTitles?: AlertTitles;
  /** Its footnotes, which the parts of it read on their own (a prompt, a gate item) carry with them. */
  footnotes?: FootnoteDefinitions;
}

/** Index the line starts of `text` (LF, CRLF or CR line ends). */
export function createSourceFile(path: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) lineStarts.push(i + 1);
  }
  return { path, text, lineStarts };
}

/** 1-based line and column of a character offset. */
export function pointAt(file: SourceFile, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((file.lineStarts[mid] ?? 0) <= clamped) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: clamped - (file.lineStarts[lo] ?? 0) + 1 };
}

/** The place covering offsets `[start, end)` of a file. */
export function placeAt(file: SourceFile, start: number, end: number): Place {
  const a = pointAt(file, start);
  const b = pointAt(file, Math.max(start, end));
  return { file: file.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** The place of a whole file's first line (for problems with the file itself). */
export function placeOfFile(path: string): Place {
  return { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
