import type { Link, Nodes, RootContent } from 'mdast';
import type { SourceFile } from '../parse/source-file.js';
import { placeAt } from '../parse/source-file.js';
import { placeOf } from './place-of.js';
import type { Place } from './types.js';
import { isExternalUrl } from './resolve-reference.js';

/** A reference as read from text, before its file is resolved against the module. */
export interface RawReference {
  /** File as written, or an abbreviation's target (a role or a file name); null = the explainer. */
  target: string | null;
  sections: { raw: string; from: string; to: string; place: Place }[];
  place: Place;
}

/** A relative link as written. */
export interface RawLink {
  href: string;
  text: string;
  place: Place;
}

const SECTION = String.raw`§\s?(?<from>\d+(?:\.\d+)*)(?:\s?[-–—]\s?§?\s?(?<to>\d+(?:\.\d+)*))?`;
// A file name starts where no name character or slash precedes it: tried from inside a long word
// or path, the pattern would scan to its end from every position, quadratic in the word.
const FILE = String.raw`(?<![\w./-])(?<file>(?:[\w.-]+\/)*\d+_[\w-]+\.md)\b`;

/** Builds the tokenizer for references in text, knowing the course's abbreviations. */
export function createReferenceReader(abbreviations: Record<string, string>) {
  const words = Object.keys(abbreviations)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const abbr = words.length > 0 ? String.raw`|\b(?<abbr>${words.join('|')})\s+(?=§)` : '';
  const pattern = new RegExp(`${FILE}${abbr}|${SECTION}`, 'gi');

  /** Read the references and relative links in some nodes, in document order. */
  return function readReferences(nodes: readonly RootContent[], file: SourceFile): { references: RawReference[]; links: RawLink[] } {
    const references: RawReference[] = [];
    const links: RawLink[] = [];
    let current: RawReference | null = null;
    const open = (target: string | null, place: Place): RawReference => {
      const existing = references.findLast((r) => r.target === target);
      if (existing && existing === current) return existing;
      const ref: RawReference = { target, sections: [], place };
      references.push(ref);
      return ref;
    };

    const visit = (node: Nodes): void => {
      if (node.type === 'inlineCode') {
        if (/\.md$/i.test(node.value.trim())) current = open(node.value.trim(), placeOf(node, file.path));
        return;
      }
      if (node.type === 'link') {
        readLink(node);
        return;
      }
      if (node.type === 'text') {
        readText(node.value, node.position?.start.offset, node.position?.end.offset, node);
        return;
      }
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };

    const readLink = (node: Link): void => {
      const href = node.url.trim();
      if (href === '' || isExternalUrl(href)) {
        for (const child of node.children) visit(child);
        return;
      }
      const text = node.children.map((c) => ('value' in c ? c.value : '')).join('');
      const place = placeOf(node, file.path);
      const pathOnly = href.split('#')[0] ?? '';
      if (/\.md$/i.test(pathOnly)) current = open(decodeURIComponent(pathOnly), place);
      else links.push({ href, text, place });
    };

    const readText = (value: string, start: number | undefined, end: number | undefined, node: Nodes): void => {
      const exact = start !== undefined && end !== undefined && file.text.slice(start, end) === value;
      const placeOfMatch = (index: number, length: number): Place =>
        exact ? placeAt(file, start + index, start + index + length) : placeOf(node, file.path);
      for (const m of value.matchAll(pattern)) {
        const g = m.groups ?? {};
        const place = placeOfMatch(m.index, m[0].length);
        if (g['file']) current = open(g['file'], place);
        else if (g['abbr']) current = open(abbreviations[g['abbr'].toLowerCase().replace(/\s+/g, ' ')] ?? null, place);
        else if (g['from']) {
          current ??= open(null, place);
          current.sections.push({ raw: m[0], from: g['from'], to: g['to'] ?? g['from'], place });
        }
      }
    };

    for (const node of nodes) visit(node as Nodes);
    return { references, links };
  };
}

/** A reference reader, as made by {@link createReferenceReader}. */
export type ReferenceReader = ReturnType<typeof createReferenceReader>;
