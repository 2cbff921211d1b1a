import type { List } from 'mdast';
import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import { placeOf } from './place-of.js';
import { resolveReference } from './resolve-reference.js';
import { toRichText } from './rich-text.js';
import type { GateItem, Item } from './types.js';

/** Read the items of a list (review loop steps, reflection prompts, plan entries). */
export function readItems(list: List, idPrefix: string, start: number, file: SourceFile, ctx: ModuleContext): Item[] {
  return list.children.map((item, i) => {
    const { references } = ctx.readReferences(item.children, file);
    return {
      id: `${idPrefix}-${start + i}`,
      text: toRichText(item.children, file),
      references: references.map((r) => resolveReference(r, file, ctx)),
      place: placeOf(item, file.path),
    };
  });
}

/** Read the completion gate; items that are not checkboxes are reported. */
export function readGate(list: List, start: number, file: SourceFile, ctx: ModuleContext): GateItem[] {
  const items = readItems(list, 'gate', start, file, ctx);
  return items.map((item, i) => {
    const node = list.children[i];
    if (node?.checked === null || node?.checked === undefined) {
      ctx.findings.push({ code: 'gate-item-not-checkbox', message: 'Completion gate items must be checkboxes: start the item with `[ ]`', place: item.place, module: ctx.moduleId });
    }
    return { ...item, isChecked: node?.checked === true };
  });
}
