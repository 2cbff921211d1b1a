import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Finding } from './finding.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import type { Outline, Section } from './types.js';

// `1.3 Title`, `1.3. Title`, `§1.3 Title`, `Section 1.3: Title`, `2) Title`, `2.1 — Title`.
const NUMBERED = /^(?:§\s*|sec(?:tion|\.)\s*)?(\d+(?:\.\d+)*)(?:[.):]?\s*[-–—:]\s+|[.):]?\s+)(\S.*)$/is;

/**
 * The number and title of a numbered heading's text (`### 1.3 Why nobody noticed`, `## §4. Tools`,
 * `### Section 2.2: IVF`, `## 2) Indexes`, `### 2.1 — HNSW`), or null for any other heading.
 */
export function numberedHeading(text: string): { number: string; title: string } | null {
  const m = NUMBERED.exec(text);
  return m ? { number: m[1] ?? '', title: (m[2] ?? '').trim() } : null;
}

/** The anchor of a numbered section in rendered HTML. */
export function sectionAnchor(number: string): string {
  return `sec-${number.replace(/\./g, '-')}`;
}

/** Numbered headings below the title (see {@link numberedHeading}), in order. */
export function readOutline(tree: Root, file: string, module: string, findings: Finding[]): Outline {
  const sections: Section[] = [];
  const seen = new Map<string, Section>();
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth === 1) continue;
    const numbered = numberedHeading(cleanText(toString(node)).trim());
    if (!numbered) continue;
    const { number, title } = numbered;
    const section: Section = { number, title, anchor: sectionAnchor(number), depth: node.depth, place: placeOf(node, file) };
    const first = seen.get(number);
    if (first) {
      findings.push({
        code: 'section-duplicate-number',
        message: `Section number ${number} is used twice; each numbered heading needs its own number`,
        place: section.place,
        module,
        related: { message: 'first used here', place: first.place },
      });
      continue;
    }
    seen.set(number, section);
    sections.push(section);
  }
  return { file, sections };
}
