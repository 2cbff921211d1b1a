import { schemaKeyOrder } from './internal/schema-key-order.js';

type SchemaNode = Record<string, unknown>;

/** Options of {@link canonicalJson}. */
export interface CanonicalJsonOptions {
  /** Keep `place` (source position) fields; they are dropped otherwise. */
  positions: boolean;
}

/**
 * Serialise a value in the schema's key order (unknown keys last, sorted), two-space indented with
 * a trailing newline, so that the same model always gives the same bytes.
 */
export function canonicalJson(value: unknown, schema: SchemaNode, options: CanonicalJsonOptions): string {
  return `${JSON.stringify(reorder(value, schema, schema, options.positions), null, 2)}\n`;
}

function reorder(value: unknown, root: SchemaNode, node: SchemaNode | null, positions: boolean): unknown {
  if (Array.isArray(value)) {
    const items = node ? schemaKeyOrder(root, node).items : null;
    return value.map((item: unknown) => reorder(item, root, items, positions));
  }
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const order = node ? schemaKeyOrder(root, node) : null;
  const out: Record<string, unknown> = {};
  const known = order?.keys ?? [];
  for (const key of known) put(out, key, source[key], root, order?.child.get(key) ?? null, positions);
  const rest = Object.keys(source)
    .filter((key) => !(order?.child.has(key) ?? false))
    .sort();
  for (const key of rest) put(out, key, source[key], root, null, positions);
  return out;
}

function put(out: Record<string, unknown>, key: string, value: unknown, root: SchemaNode, node: SchemaNode | null, positions: boolean): void {
  if (value === undefined) return;
  // Every `place` in the model is a source position; they change with unrelated edits, so they are opt-in.
  if (key === 'place' && !positions) return;
  out[key] = reorder(value, root, node, positions);
}
