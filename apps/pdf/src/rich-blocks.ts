import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { RichText } from '@coursepack/core';
import { columnAlign, tableRows } from './internal/table-rows.js';

type Node = DefaultTreeAdapterTypes.ChildNode;

/** A stretch of text with one style, or an image; the template prints `text` literally, never as markup. */
export type Run = TextRun | ImageRun;

/** A stretch of text with one style. */
export interface TextRun {
  text: string;
  /** `sup` and `sub`: an exponent or an index (`10<sup>-3</sup>`, `H<sub>2</sub>O`), raised or lowered. */
  style: 'plain' | 'strong' | 'emph' | 'code' | 'sup' | 'sub';
}

/**
 * An image in the text: `file` is the printable file the template shows (null when there is none,
 * e.g. a missing file or an https address: `text`, the alt text, prints in its place).
 */
export interface ImageRun {
  style: 'image';
  text: string;
  file: string | null;
  /** Width to print at, in points (never wider than the column); null lets Typst size it. */
  width: number | null;
}

/** How a printable image is shown: its file name for the template and its width in points (or null). */
export interface PrintImage {
  file: string;
  width: number | null;
}

/** Printable images by the `src` the HTML shows them at. */
export type ImageLookup = Pick<ReadonlyMap<string, PrintImage>, 'get'>;

/** A block of printable text: a paragraph, a list, a code block, a quotation or a table. */
export type Block =
  | { type: 'par'; runs: Run[] }
  | ListBlock
  | { type: 'code'; text: string }
  | { type: 'quote'; blocks: Block[] }
  | TableBlock;

/** A list, each item its blocks; `start` only when an ordered list starts at another number than 1 (`3. …`). */
export interface ListBlock {
  type: 'list';
  ordered: boolean;
  start?: number;
  items: Block[][];
}

/**
 * A table: rows of cells, each cell its blocks, every row as wide as the widest; `head` holds the
 * header rows, `align` how each column aligns (null: at the start of the line).
 */
export interface TableBlock {
  type: 'table';
  align: ('left' | 'center' | 'right' | null)[];
  head: Block[][][];
  rows: Block[][][];
}

const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'hr', 'div', 'details', 'summary']);

const NO_IMAGES: ImageLookup = new Map();

/**
 * Turn a rich text's sanitized HTML into printable blocks (no markdown is re-parsed); an `<img>`
 * becomes an image run, printed when `images` has its `src`, else as its alt text.
 */
export function richBlocks(rich: RichText, images: ImageLookup = NO_IMAGES): Block[] {
  return blocksOf(parseFragment(rich.html).childNodes, images);
}

/** The runs of a rich text run together into one paragraph, for a place that holds one line of text. */
export function richRuns(rich: RichText, images: ImageLookup = NO_IMAGES): Run[] {
  const blocks = richBlocks(rich, images);
  return blocks.flatMap((b, i) => [...(i > 0 ? [{ text: ' ', style: 'plain' as const }] : []), ...flatRuns(b)]);
}

function flatRuns(block: Block): Run[] {
  if (block.type === 'par') return block.runs;
  if (block.type === 'code') return [{ text: block.text, style: 'code' }];
  const inner = block.type === 'list' ? block.items.flat() : block.type === 'table' ? [...block.head, ...block.rows].flat(2) : block.blocks;
  return inner.flatMap((b, i) => [...(i > 0 ? [{ text: ' ', style: 'plain' as const }] : []), ...flatRuns(b)]);
}

function blocksOf(nodes: Node[], images: ImageLookup): Block[] {
  const blocks: Block[] = [];
  let loose: Run[] = [];
  const flush = (): void => {
    const runs = trimRuns(loose);
    if (runs.length > 0) blocks.push({ type: 'par', runs });
    loose = [];
  };
  for (const node of nodes) {
    if (!('tagName' in node) || !BLOCK_TAGS.has(node.tagName)) {
      loose.push(...runsOf(node, 'plain', images));
      continue;
    }
    flush();
    const tag = node.tagName;
    if (tag === 'ul' || tag === 'ol') {
      const items = node.childNodes.filter((c): c is DefaultTreeAdapterTypes.Element => 'tagName' in c && c.tagName === 'li');
      const start = tag === 'ol' ? Number.parseInt(attribute(node, 'start'), 10) : 1;
      blocks.push({ type: 'list', ordered: tag === 'ol', ...(Number.isSafeInteger(start) && start >= 0 && start !== 1 ? { start } : {}), items: items.map((li) => blocksOf(li.childNodes, images)) });
    } else if (tag === 'pre') blocks.push({ type: 'code', text: breakable(textOf(node).replace(/\n$/, '')) });
    else if (tag === 'blockquote') blocks.push({ type: 'quote', blocks: blocksOf(node.childNodes, images) });
    else if (tag === 'hr') continue;
    else if (tag === 'table') blocks.push(...tableOf(node, images));
    // An alert (`> [!TIP]`) prints as the quote it was written as, under its title in bold.
    else if (tag === 'div' && hasClass(node, 'markdown-alert')) blocks.push({ type: 'quote', blocks: blocksOf(node.childNodes, images) });
    else if (tag === 'div' || tag === 'details') blocks.push(...blocksOf(node.childNodes, images));
    // A collapsed block's summary (`Hint`) prints as its first line, in bold, as a browser shows it closed.
    else if (tag === 'summary' || (tag === 'p' && hasClass(node, 'markdown-alert-title'))) blocks.push({ type: 'par', runs: trimRuns(runsOf(node, 'strong', images)) });
    else {
      const runs = trimRuns(runsOf(node, tag.startsWith('h') ? 'strong' : 'plain', images));
      if (runs.length > 0) blocks.push({ type: 'par', runs });
    }
  }
  flush();
  return blocks;
}

/** A table with its rows padded to the widest, so that no cell moves into another column; none without a cell. */
function tableOf(table: DefaultTreeAdapterTypes.Element, images: ImageLookup): TableBlock[] {
  const { head, body } = tableRows(table);
  const width = Math.max(0, ...[...head, ...body].map((row) => row.length));
  if (width === 0) return [];
  const cells = (row: DefaultTreeAdapterTypes.Element[]): Block[][] => Array.from({ length: width }, (_, i) => {
    const cell = row[i];
    return cell ? blocksOf(cell.childNodes, images) : [];
  });
  const first = head[0] ?? body[0] ?? [];
  return [{ type: 'table', align: Array.from({ length: width }, (_, i) => columnAlign(first[i])), head: head.map(cells), rows: body.map(cells) }];
}

// A zero-width space already in the text ends a run, so that text made breakable stays as it is.
const LONG_RUN = /[^\s\u200B]{60,}/g;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` with a zero-width space after every 30 characters of each run of 60 or more without a
 * space (a URL, a path, a token in code): Typst breaks lines only at spaces, so such a run ran
 * past the margin and its end was cut from the page. Shorter words are left as written.
 */
export function breakable(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const parts = [...graphemes.segment(run)].map((s) => s.segment);
    const chunks: string[] = [];
    for (let i = 0; i < parts.length; i += 30) chunks.push(parts.slice(i, i + 30).join(''));
    return chunks.join('\u200B');
  });
}

function runsOf(node: Node, style: TextRun['style'], images: ImageLookup): Run[] {
  if (node.nodeName === '#text' && 'value' in node) return [{ text: breakable(node.value.replace(/\s+/g, ' ')), style }];
  if (!('tagName' in node)) return [];
  // A key (`<kbd>Ctrl</kbd>`) prints as code does.
  if (node.tagName === 'code' || node.tagName === 'kbd') return [{ text: breakable(textOf(node)), style: 'code' }];
  if (node.tagName === 'sup' || node.tagName === 'sub') return [{ text: textOf(node).replace(/\s+/g, ' '), style: node.tagName }];
  if (node.tagName === 'br') return [{ text: ' ', style }];
  if (node.tagName === 'img') {
    const image = images.get(attribute(node, 'src'));
    return [{ style: 'image', text: attribute(node, 'alt').replace(/\s+/g, ' ').trim(), file: image?.file ?? null, width: image?.width ?? null }];
  }
  const next = node.tagName === 'strong' || node.tagName === 'b' ? 'strong' : node.tagName === 'em' || node.tagName === 'i' ? 'emph' : style;
  return node.childNodes.flatMap((c) => runsOf(c, next, images));
}

function attribute(element: DefaultTreeAdapterTypes.Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? '';
}

function hasClass(element: DefaultTreeAdapterTypes.Element, name: string): boolean {
  return attribute(element, 'class').split(/\s+/).includes(name);
}

function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function trimRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.style === run.style && last.style !== 'image') last.text += run.text;
    else if (run.text !== '' || run.style === 'image') merged.push({ ...run });
  }
  // Spaces around the whole paragraph go; an image's alt text is never trimmed or dropped.
  const first = merged[0];
  if (first && first.style !== 'code' && first.style !== 'image') first.text = first.text.trimStart();
  const last = merged[merged.length - 1];
  if (last && last.style !== 'code' && last.style !== 'image') last.text = last.text.trimEnd();
  return merged.filter((r) => r.text !== '' || r.style === 'image');
}
