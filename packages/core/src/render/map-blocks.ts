import type { RootContent } from 'mdast';

/** What takes the place of `blocks[at]`: `node`, standing for the blocks up to `end` (`at` itself, or more). */
export interface Replacement {
  node: RootContent;
  end: number;
}

/**
 * `blocks` with each replaced where `replace` says, looking into the blocks of lists, list items,
 * quotes and footnotes where it says nothing. Copied only where something changed: the array given
 * is returned as it is when nothing did, so a page with nothing to replace costs one walk.
 */
export function mapBlocks(blocks: readonly RootContent[], replace: (blocks: readonly RootContent[], at: number) => Replacement | null): readonly RootContent[] {
  let out: RootContent[] | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const replaced = replace(blocks, i);
    let next = replaced?.node ?? block;
    if (!replaced && (block.type === 'list' || block.type === 'listItem' || block.type === 'blockquote' || block.type === 'footnoteDefinition')) {
      const children = mapBlocks(block.children, replace);
      if (children !== block.children) next = { ...block, children } as RootContent;
    }
    if (next !== block && out === null) out = blocks.slice(0, i);
    out?.push(next);
    if (replaced) i = replaced.end;
  }
  return out ?? blocks;
}
