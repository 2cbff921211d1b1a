import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Finding } from './finding.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import type { Outline, Section } from './types.js';

const NUMBERED = /^§?\s*(\d+(?:\.\d+)*)\.?\s+(\S.*)$/s;

/** The anchor of a numbered section in rendered HTML. */
export function sectionAnchor(number: string): string {
  return `sec-${number.replace(/\./g, '-')}`;
}

/** Numbered headings below the title (`### 1.3 Title`, `## §4. Title`), in order. */
export function readOutline(tree: Root, file: string, module: string, findings: Finding[]): Outline {
  const sections: Section[] = [];
  const seen = new Map<string, Section>();
  for (const node of tree.children) {
    if (node.type !== 'heading' || node.depth === 1) continue;
    const m = NUMBERED.exec(cleanText(toString(node)).trim());
    if (!m) continue;
    const number = m[1] ?? '';
    const section: Section = { number, title: (m[2] ?? '').trim(), anchor: sectionAnchor(number), depth: node.depth, place: placeOf(node, file) };
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
