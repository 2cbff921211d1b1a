import type { List, ListItem, RootContent } from 'mdast';
import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import { placeOf } from './place-of.js';

/** Blocks an author puts under a list item: its choices, feedback, answer line, more text. */
const ITEM_BLOCKS = new Set<RootContent['type']>(['list', 'paragraph', 'blockquote', 'code']);

/** The column (1-based) where an item's text starts, which the blocks under it must reach. */
function contentColumn(item: ListItem): number | null {
  return item.children[0]?.position?.start.column ?? null;
}

/**
 * The top-level blocks of a page, with each block that is indented, but less than the text of the
 * numbered item above it, put back under that item. Markdown reads such a block as one of its
 * own: under `10. Which…?`, choices indented three spaces (as under `9.`) become a list beside
 * the question, each choice a question of its own. The author meant them as the item's, so they
 * are read as such, and each is reported (`list-item-misindented`) to be indented as markdown
 * needs. The tree itself is left as it is.
 */
export function adoptMisindented(nodes: readonly RootContent[], file: SourceFile, ctx: ModuleContext): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    const item = previous?.type === 'list' && previous.ordered ? previous.children.at(-1) : undefined;
    const column = node.position?.start.column ?? 1;
    const needed = item ? contentColumn(item) : null;
    if (previous?.type === 'list' && item && needed !== null && ITEM_BLOCKS.has(node.type) && column > 1 && column < needed) {
      const marker = `${(previous.start ?? 1) + previous.children.length - 1}.`;
      ctx.findings.push({
        code: 'list-item-misindented',
        message: `This is indented ${column - 1} space${column === 2 ? '' : 's'}, fewer than the ${needed - 1} where the text of item \`${marker}\` starts, so markdown reads it apart from the item; it is read as the item's, but indent it ${needed - 1} spaces so that every renderer agrees`,
        place: placeOf(node, file.path),
        module: ctx.moduleId,
      });
      const adopted: ListItem = { ...item, children: [...item.children, node as ListItem['children'][number]] };
      out[out.length - 1] = { ...previous, children: [...previous.children.slice(0, -1), adopted] } satisfies List;
      continue;
    }
    out.push(node);
  }
  return out;
}
