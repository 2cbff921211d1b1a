import { blockQuote, list } from 'micromark-core-commonmark';
import type { Code, Construct, ContainerState, Effects, Extension, ParseContext, Point, State, TokenizeContext } from 'micromark-util-types';

/**
 * Most emphasis, strikethrough and link marks (`*`, `_`, `~`, `[`, `]`) one paragraph, heading or
 * table cell may hold. micromark pairs them by walking back over the marks before and re-reading
 * what each pair encloses, so its cost grows with the square of their number: 16 000 of them in one
 * paragraph took seconds, a 2 MiB file of them hours. A long paragraph of prose with a bold word in
 * every sentence holds a few hundred.
 */
export const MAX_INLINE_MARKS = 500;

/** Why a parse stopped early, and where. */
export class ParseLimitError extends Error {
  constructor(
    readonly limit: 'depth' | 'marks',
    readonly line: number,
    readonly column: number,
  ) {
    super(`markdown past its ${limit} limit at ${line}:${column}`);
  }
}

/**
 * A micromark extension that stops a parse, with a {@link ParseLimitError}, at the first block
 * quote or list item whose tree would be deeper than `maxDepth`, and at the first paragraph with more than
 * {@link MAX_INLINE_MARKS} marks. Both are counted while the parser reads, before it spends the
 * time that grows faster than the text: nesting is re-read line after line, and later compiled by
 * walking each list again for every list around it.
 */
export function parseLimits(maxDepth: number): Extension {
  // As deep as the tree they make: a quote is one node, a list item two (the list, the item).
  const containers = { tokenize: counted(blockQuote.tokenize, 1), continuation: continued(blockQuote.continuation) };
  const items = { tokenize: counted(list.tokenize, 2), continuation: continued(list.continuation) };
  // Tried before the constructs they stand for, so the nesting is known to them alone.
  const document: Record<number, Construct> = { 62: { ...blockQuote, ...containers, add: 'before' } };
  for (const code of [42, 43, 45, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57]) document[code] = { ...list, ...items, add: 'before' };
  const marks: Construct = { name: 'coursepackMarks', tokenize: countMarks, add: 'before' };
  return { document, text: { 42: marks, 95: marks, 126: marks, 91: marks, 93: marks } };

  // A new container is deeper than the last container kept or opened on its line, or the first
  // of its line. The same start is tried twice (checked, then taken): it keeps its depth.
  function counted(tokenize: Construct['tokenize'], weight: number): Construct['tokenize'] {
    return function (this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      const self = this;
      const start = self.now();
      return tokenize.call(self, effects, (code: Code) => {
        const line = lineOf(self.parser);
        const depth = line.openedAt === start.offset ? line.openedDepth : (line.line === start.line ? line.depth : 0) + weight;
        line.openedAt = start.offset;
        line.openedDepth = depth;
        keep(line, start, depth);
        if (self.containerState) depthOf.set(self.containerState, depth);
        if (depth > maxDepth) throw new ParseLimitError('depth', start.line, start.column);
        return ok(code);
      }, nok);
    };
  }

  function continued(continuation: Construct['continuation']): Construct['continuation'] {
    if (!continuation) return continuation;
    return {
      ...continuation,
      tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
        const self = this;
        const start = self.now();
        const state = self.containerState;
        return continuation.tokenize.call(self, effects, (code: Code) => {
          keep(lineOf(self.parser), start, (state && depthOf.get(state)) ?? 0);
          return ok(code);
        }, nok);
      },
    };
  }
}

interface LineDepth { line: number; depth: number; openedAt: number; openedDepth: number }

const depthOf = new WeakMap<ContainerState, number>();
const lines = new WeakMap<ParseContext, LineDepth>();
const markCounts = new WeakMap<TokenizeContext, { count: number; last: number }>();

function lineOf(parser: ParseContext): LineDepth {
  let line = lines.get(parser);
  if (!line) lines.set(parser, (line = { line: 0, depth: 0, openedAt: -1, openedDepth: 0 }));
  return line;
}

function keep(line: LineDepth, start: Point, depth: number): void {
  line.line = start.line;
  line.depth = depth;
}

// Tried before the constructs of these characters, and always fails, so they read as before.
// A run of `*` or `_` is one sequence to micromark but pairs mark by mark, so it counts by length.
function countMarks(this: TokenizeContext, effects: Effects, _ok: State, nok: State): State {
  const self = this;
  const start = self.now();
  let tally = markCounts.get(self);
  if (!tally) markCounts.set(self, (tally = { count: 0, last: -1 }));
  const counts = tally;
  let marker: Code = null;
  let run = 0;
  return begin;

  function begin(code: Code): State | undefined {
    if (start.offset <= counts.last || (code !== 42 && code !== 95)) return add(1)(code);
    marker = code;
    effects.enter('data');
    return inside(code);
  }

  function inside(code: Code): State | undefined {
    if (code === marker) {
      run++;
      effects.consume(code);
      return inside;
    }
    return add(run)(code);
  }

  function add(count: number): State {
    if (start.offset > counts.last) {
      counts.last = start.offset;
      counts.count += count;
      if (counts.count > MAX_INLINE_MARKS) throw new ParseLimitError('marks', start.line, start.column);
    }
    return nok;
  }
}
