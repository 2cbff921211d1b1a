type SchemaNode = Record<string, unknown>;

/** Property order and child schemas of one object schema, merged across `$ref` and `oneOf` branches. */
export interface KeyOrder {
  keys: string[];
  child: Map<string, SchemaNode>;
  items: SchemaNode | null;
}

const cache = new WeakMap<SchemaNode, KeyOrder>();

/** The key order the schema gives for a node (property order as published), computed once per node. */
export function schemaKeyOrder(root: SchemaNode, node: SchemaNode): KeyOrder {
  const hit = cache.get(node);
  if (hit) return hit;
  const order: KeyOrder = { keys: [], child: new Map(), items: null };
  collect(root, node, order, new Set());
  cache.set(node, order);
  return order;
}

function collect(root: SchemaNode, node: SchemaNode, order: KeyOrder, seen: Set<SchemaNode>): void {
  if (seen.has(node)) return;
  seen.add(node);
  const ref = node['$ref'];
  if (typeof ref === 'string') collect(root, resolve(root, ref), order, seen);
  const properties = node['properties'];
  if (isNode(properties)) {
    for (const [key, sub] of Object.entries(properties)) {
      if (!order.child.has(key) && isNode(sub)) {
        order.keys.push(key);
        order.child.set(key, sub);
      }
    }
  }
  const items = node['items'];
  if (order.items === null && isNode(items)) order.items = items;
  for (const combinator of ['allOf', 'oneOf', 'anyOf']) {
    const branches = node[combinator];
    if (Array.isArray(branches)) for (const branch of branches) if (isNode(branch)) collect(root, branch, order, seen);
  }
}

function resolve(root: SchemaNode, ref: string): SchemaNode {
  if (!ref.startsWith('#/')) throw new Error(`schemaKeyOrder: only local $ref is supported, got ${ref}`);
  let value: unknown = root;
  for (const segment of ref.slice(2).split('/')) value = isNode(value) ? value[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  if (!isNode(value)) throw new Error(`schemaKeyOrder: unresolved $ref ${ref}`);
  return value;
}

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
