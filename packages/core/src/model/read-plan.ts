import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import { readItems } from './read-items.js';
import { slug, uniqueId } from './slug.js';
import type { PlanList } from './types.js';

/** Read the weekly plan: each heading with lists under it becomes a titled list. */
export function readPlan(tree: Root, file: SourceFile, ctx: ModuleContext): PlanList[] {
  const lists: PlanList[] = [];
  let current: PlanList | null = null;
  let prefix = '';
  const prefixes = new Set<string>();
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth >= 2) {
      current = { title: cleanText(toString(node)).trim(), items: [], place: placeOf(node, file.path) };
      prefix = uniqueId(`plan-${slug(current.title)}`, prefixes);
      lists.push(current);
    } else if (node.type === 'list' && current) {
      current.items.push(...readItems(node, prefix, current.items.length + 1, file, ctx));
    }
  }
  return lists.filter((l) => l.items.length > 0);
}
