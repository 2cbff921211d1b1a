import type { Root } from 'mdast';
import type { SourceFile } from '../parse/source-file.js';

/** A parsed markdown file: its source and its mdast, for rules and for exporters that render it. */
export interface Document extends SourceFile {
  tree: Root;
}

/** Every parsed file of a course by path relative to the content root. */
export type DocumentSet = Map<string, Document>;
