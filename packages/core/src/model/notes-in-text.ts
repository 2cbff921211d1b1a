import type { FootnoteDefinition, Nodes, Root, RootContent } from 'mdast';

/** A file's footnotes (`[^gate]: …`) by identifier, the first of each. */
export type FootnoteDefinitions = ReadonlyMap<string, FootnoteDefinition>;

/** Every footnote a tree defines, wherever it stands (at the top, in a list, in a quote). */
export function footnoteDefinitions(tree: Root): Map<string, FootnoteDefinition> {
  const found = new Map<string, FootnoteDefinition>();
  const pending: Nodes[] = [tree];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.type === 'footnoteDefinition' && !found.has(node.identifier)) found.set(node.identifier, node);
    // Definitions are blocks: no need to look into paragraphs and what they hold.
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'table') for (const child of node.children) pending.push(child as Nodes);
  }
  return found;
}

/** The blocks of a rich text with its notes: for its HTML (`html`), or for its plain text (`text`). */
export type NotesFor = 'html' | 'text';

/**
 * `blocks` with each footnote they call numbered from 1 where it is called (a raised number in
 * HTML, `[1]` in text) and the notes themselves after them, in that order. A rich text (a prompt,
 * a choice, a gate item) stands alone in every export, away from the end of the page where its
 * notes are: as the page renders them, a call would link to a note no export holds (and the same
 * call in two texts of one page would give two elements one id). Returns `blocks` when they call none.
 */
export function withNotes(blocks: readonly RootContent[], definitions: FootnoteDefinitions | undefined, form: NotesFor): readonly RootContent[] {
  if (!definitions || definitions.size === 0) return blocks;
  const numbers = new Map<string, number>();
  const called = (node: RootContent): RootContent => {
    if (node.type === 'footnoteReference') {
      const definition = definitions.get(node.identifier);
      if (!definition) return node;
      let number = numbers.get(node.identifier);
      if (number === undefined) numbers.set(node.identifier, (number = numbers.size + 1));
      return form === 'html' ? raised(String(number)) : { type: 'text', value: `[${number}]` };
    }
    if (!('children' in node)) return node;
    const children = (node.children as RootContent[]).map(called);
    return children.some((child, i) => child !== (node.children as RootContent[])[i]) ? ({ ...node, children } as RootContent) : node;
  };
  const body = blocks.map(called);
  if (numbers.size === 0) return blocks;
  // A note may call another: it is numbered after the others, once, however the notes call each other.
  const notes: RootContent[] = [];
  for (const [identifier, number] of numbers) notes.push(...noteBlocks(definitions.get(identifier)!, number, form).map(called));
  if (form === 'text') return [...body, ...notes];
  return [...body, { type: 'footnotes', data: { hName: 'div', hProperties: { className: ['footnotes'] } }, children: notes } as unknown as RootContent];
}

function raised(text: string): RootContent {
  return { type: 'sup', data: { hName: 'sup' }, children: [{ type: 'text', value: text }] } as unknown as RootContent;
}

// A note's blocks, its number in front of the first: `¹ A gate is …` (`[1] A gate is …` in text).
function noteBlocks(definition: FootnoteDefinition, number: number, form: NotesFor): RootContent[] {
  const mark = form === 'html' ? raised(String(number)) : { type: 'text' as const, value: `[${number}]` };
  const [first, ...rest] = definition.children as RootContent[];
  if (first?.type === 'paragraph') return [{ ...first, children: [mark as never, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
  return [{ type: 'paragraph', children: [mark as never] }, ...(definition.children as RootContent[])];
}
