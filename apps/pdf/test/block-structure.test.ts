import { beforeAll, describe, expect, test } from 'vitest';
import type { Module } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { renderBooklet, renderKey, renderWorksheet } from '../src/index.js';
import { hasPoppler, pdfLines, pdfWords } from './poppler.js';

// Code, a table and lists nested four deep, in every place of a review page that holds rich text.
const REVIEW = `# 06. Module 1 Review — Structure

**Focus:** lists.

## Review loop

1. Skim §1.
   - do the exercises
     - the hard ones first
   - redo the quiz
2. Sleep on it.

## Reflection prompts

- Which list do you keep?
  - the short one
    - with dates
  - the long one

## Embedded checkpoint

### Conceptual

1. What does this code print?

   \`\`\`python
   x = [1, 2]
   print(x)
   \`\`\`

   - [ ] \`[1]\`
   - [x] \`[1, 2]\`

2. Compare \`==\` and \`is\`.

   > | op | compares |
   > |---|---|
   > | \`==\` | value |
   > | \`is\` | identity |

3. Explain the difference between \`==\` and \`is\`.

   > Model answer:
   > - \`==\` compares **values**
   >   - calls \`__eq__\`
   >     - level three
   >       - level four
   > - \`is\` compares **identity**
   >
   > <details><summary>More</summary>
   >
   > - outer
   >   - inner
   >
   > 3. third
   > 4. fourth
   >
   > </details>

## Completion gate

- [ ] Done.
`;

interface Found {
  line: number;
  indent: number;
}

/**
 * Where each needle is printed: each on a line of its own, after the line of the one before
 * (runs of spaces count as one, so table cells are apart but on one line); and the line's indent.
 */
function linesInOrder(lines: string[], needles: string[]): Found[] {
  let from = 0;
  return needles.map((needle) => {
    const line = lines.findIndex((l, i) => i >= from && l.replace(/\s+/g, ' ').includes(needle));
    expect(line, `"${needle}" on a line after line ${from}:\n${lines.join('\n')}`).toBeGreaterThanOrEqual(0);
    from = line + 1;
    return { line, indent: lines[line]?.search(/\S/) ?? -1 };
  });
}

/** Each item indented further than the one before. */
function expectDeeper(found: Found[]): void {
  found.slice(1).forEach((f, i) => expect(f.indent).toBeGreaterThan(found[i]?.indent ?? Infinity));
}

describe.skipIf(!hasPoppler())('rich text keeps its blocks in print', () => {
  let m: Module;
  beforeAll(async () => {
    m = (await courseFromFiles({ 'm1/06_revision.md': REVIEW })).course.modules[0]!;
  });
  const printouts = () => [pdfLines(renderWorksheet(m)), pdfLines(renderKey(m))];

  test('a code block in a prompt prints on lines of its own, under the prompt', () => {
    for (const lines of printouts()) {
      const [prompt, first, second] = linesInOrder(lines, ['1. What does this code print?', 'x = [1, 2]', 'print(x)']);
      expect(lines[prompt!.line]).not.toContain('x =');
      expect([first!.line, second!.line]).toEqual([prompt!.line + 1, prompt!.line + 2]);
    }
  });

  test('a table in a model answer prints a row a line, its cells apart', () => {
    const key = pdfLines(renderKey(m));
    for (const row of linesInOrder(key, ['op compares', '== value', 'is identity'])) expect(key[row.line]).toMatch(/\S {2,}\S/);
    expect(key.some((l) => l.replace(/\s+/g, ' ').includes('op compares == value'))).toBe(false);
  });

  test('nested lists print nested, four deep, with markers the fonts have, and numbers as written', () => {
    // Typst's own marker for the second level, ‣, is not in Source Serif: this failed to typeset.
    const key = pdfLines(renderKey(m));
    const answer = linesInOrder(key, ['• == compares values', '– calls __eq__', '• level three', '– level four', '• is compares identity', 'More', '• outer', '– inner', '3. third', '4. fourth']);
    expectDeeper(answer.slice(0, 4));
    expect(answer[4]!.indent).toBe(answer[0]!.indent);
    expectDeeper(answer.slice(6, 8));
  });

  test('nested bullets in a review loop step and a reflection prompt stay under it, a line each', () => {
    for (const lines of printouts()) {
      const loop = linesInOrder(lines, ['1. Skim §1.', '• do the exercises', '– the hard ones first', '• redo the quiz', '2. Sleep on it.']);
      expectDeeper(loop.slice(0, 3));
      expect(loop[3]!.indent).toBe(loop[1]!.indent);
      expect(loop[4]!.indent).toBe(loop[0]!.indent);
      const reflection = linesInOrder(lines, ['R1 Which list do you keep?', '• the short one', '– with dates', '• the long one']);
      expectDeeper(reflection.slice(0, 3));
      expect(reflection[3]!.indent).toBe(reflection[1]!.indent);
    }
  });

  test('an exponent and an index print raised and lowered, beside their text', async () => {
    const prompt = '1. A rate of 10<sup>-3</sup> per H<sub>2</sub>O, not 10-3 per H2O,';
    const sheet = (await courseFromFiles({ 'm1/06_revision.md': REVIEW.replace('1. What does this code print?', prompt) })).course.modules[0]!;
    const pdf = renderWorksheet(sheet);
    // The text reads on (pdftotext keeps the small figures in their word) ...
    expect(pdfLines(pdf).some((l) => l.includes('A rate of 10-3 per H2O, not 10-3 per H2O,'))).toBe(true);
    // ... and each word with a raised or lowered figure is narrower than the same word printed plain.
    const widths = (text: string) => pdfWords(pdf).filter((w) => w.text === text).map((w) => w.width);
    for (const text of ['10-3', 'H2O,']) {
      const [small, plain] = widths(text);
      expect([text, small! < plain! - 0.2]).toEqual([text, true]);
    }
  });

  test('the booklet typesets the same blocks', async () => {
    const build = await courseFromFiles({ 'm1/06_revision.md': REVIEW });
    linesInOrder(pdfLines(renderBooklet(build.course)), ['1. Skim §1.', '• do the exercises', '– the hard ones first', 'x = [1, 2]', 'print(x)']);
  });
});
