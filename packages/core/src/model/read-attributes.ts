import type { Paragraph, PhrasingContent } from 'mdast';
import type { QuestionKind } from './types.js';

/** Attributes an author may give a question: `{#my-id .multiple points=2}`. */
export interface QuestionAttributes {
  id: string | null;
  kind: QuestionKind | null;
  points: number | null;
  /** Tokens that mean nothing to us, for a diagnostic. */
  unknown: string[];
  /** What the block gives more than once (`{.single .multiple}`), with every token that gives it, for a diagnostic. */
  repeated: { what: 'id' | 'kind' | 'points'; tokens: string[] }[];
  /** The block as written, e.g. `{#q1 points=2}`. */
  raw: string;
}

const BLOCK = /\s*\{([^{}]*)\}\s*$/;
const KINDS: QuestionKind[] = ['open', 'single', 'multiple', 'true-false', 'short', 'numeric'];

/**
 * Split a trailing attribute block off a paragraph. Returns a copy of the paragraph without it,
 * or null when the paragraph has none.
 */
export function readAttributes(paragraph: Paragraph): { paragraph: Paragraph; attributes: QuestionAttributes } | null {
  const last = paragraph.children.at(-1);
  if (!last || last.type !== 'text') return null;
  const m = BLOCK.exec(last.value);
  if (!m) return null;
  const body = (m[1] ?? '').trim();
  if (!/^(?:[#.][\w.-]+|\w+=\S+)(?:\s+(?:[#.][\w.-]+|\w+=\S+))*$/.test(body)) return null;
  const attributes: QuestionAttributes = { id: null, kind: null, points: null, unknown: [], repeated: [], raw: `{${m[1] ?? ''}}` };
  const given: Record<'id' | 'kind' | 'points', string[]> = { id: [], kind: [], points: [] };
  for (const token of body.split(/\s+/)) {
    if (token.startsWith('#')) {
      attributes.id = token.slice(1);
      given.id.push(token);
    } else if (token.startsWith('.') && KINDS.includes(token.slice(1) as QuestionKind)) {
      attributes.kind = token.slice(1) as QuestionKind;
      given.kind.push(token);
    } else if (/^points=\d{1,9}(?:\.\d+)?$/.test(token)) {
      // (Nine digits at most, as in the rubric: a longer number is an unknown attribute, not Infinity.)
      attributes.points = Number(token.slice(7));
      given.points.push(token);
    } else attributes.unknown.push(token);
  }
  for (const what of ['id', 'kind', 'points'] as const) if (given[what].length > 1) attributes.repeated.push({ what, tokens: given[what] });
  const value = last.value.slice(0, m.index);
  const children: PhrasingContent[] = [...paragraph.children.slice(0, -1)];
  if (value !== '') children.push({ ...last, value });
  return { paragraph: { ...paragraph, children }, attributes };
}
