import type { Node } from 'mdast';
import type { Place } from './types.js';

/** The place of an mdast node in a file (a zero place when the node has no position). */
export function placeOf(node: Node | undefined, file: string): Place {
  const p = node?.position;
  if (!p) return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file, line: p.start.line, column: p.start.column, endLine: p.end.line, endColumn: p.end.column };
}

/** The place spanning from the start of one node to the end of another. */
export function placeBetween(first: Node | undefined, last: Node | undefined, file: string): Place {
  const a = placeOf(first, file);
  const b = placeOf(last ?? first, file);
  return { ...a, endLine: b.endLine, endColumn: b.endColumn };
}
