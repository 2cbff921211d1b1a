import type { ContentSource, Diagnostic } from '@coursepack/core';
import { buildCourse } from '@coursepack/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync(new URL('../../../content/02_ai_infrastructure/04_ml_platform_operations/extended_notes/06_revision.md', import.meta.url));
const encoder = new TextEncoder();

// Pieces of markdown that exercise every reader: headings, lists, task lists, tables, references, fences, attributes.
const FRAGMENTS = [
  '# 06. Module 3 Review — X\n', '## Embedded checkpoint\n', '### Conceptual\n', '## Self-evaluation\n', '## Completion gate\n',
  '## Review loop\n', '## Reflection prompts\n', '#### deep\n', '**Focus:** things\n', '1. Why? See `02_explainer.md` §1.3-§1.4.\n',
  '2. How? §2.5 and §2.9 and 03_study_material.md §4\n', '   - [x] yes\n', '   - [ ] no\n', '- [ ] gate\n', '- plain\n',
  '   > Correct: good\n', '   > feedback\n', '   Answer: 42 ± 0.5\n', '   Answer: a | b\n', '{#id .multiple points=2}\n', '{#-bad weight=x}\n',
  '| Section | Score | / |\n', '|---|---|---|\n', '| Conceptual | __ | 10 |\n', '| **Total** | __ | **25** |\n', '| a | b |\n', '| x | 99 | 3 |\n',
  '```js\n', '```\n', '~~~\n', '[next](../00_realtime_voice_agents/)\n', '[x](../../../../etc/passwd)\n', '[y](/abs/path)\n', '[half](files/50%.pdf)\n', '[m](../m%zz/)\n', '![c](img/100%.png)\n', '   Answer: 2 | 3\n',
  '§5.10-§5.9\n', '§\n', '§1.\n', 'explainer §6.1\n', '---\ntitle: x\n---\n', '<script>alert(1)</script>\n', '\r\n', '\n', '\t', '    indented\n',
  'é—§“”×\u0000\u0007\u202e\n', '\uFEFF', '* * *\n', '> quote\n', '[ref]: http://x\n', '1) other\n', '- [X] upper\n',
  // Questions numbered as paragraphs, and answers as bullets.
  '**1. Why?**\n', '**Q2.** How?\n', 'Question 3:\n', '3\\. Escaped\n', '**1.**\n', '*Q9*\n', '   - Answer: 5\n', '- **Answer:** x\n',
  '   <details>\n', '   <summary>Answer</summary>\n', '   </details>\n', '<details><summary>Hint</summary>x</details>\n', '<details><summary>A</summary>**b**\n', '#### Q1. Why?\n', '#### Question 2\n',
];

const fragmentDoc = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => encoder.encode(parts.join('')));
const randomText = fc.string({ unit: 'binary', maxLength: 400 }).map((s) => encoder.encode(s));
const randomBytes = fc.uint8Array({ maxLength: 400 });
const mutatedSeed = fc
  .array(fc.tuple(fc.nat({ max: SEED.length }), fc.nat({ max: 40 }), fc.uint8Array({ maxLength: 8 })), { minLength: 1, maxLength: 6 })
  .map((edits) => {
    let bytes = Uint8Array.from(SEED);
    for (const [at, remove, insert] of edits) {
      const start = Math.min(at, bytes.length);
      bytes = Uint8Array.from([...bytes.subarray(0, start), ...insert, ...bytes.subarray(Math.min(bytes.length, start + remove))]);
    }
    return bytes;
  });
const anyDoc = fc.oneof(fragmentDoc, randomText, randomBytes, mutatedSeed);

function linesOf(bytes: Uint8Array): string[] {
  return new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function expectInside(d: Diagnostic, files: Map<string, Uint8Array>): void {
  if (d.place.file === 'coursepack.config.json') return;
  const bytes = files.get(d.place.file);
  expect(bytes, `${d.code} names a file of the course: ${d.place.file}`).toBeDefined();
  const lines = linesOf(bytes ?? new Uint8Array());
  const { line, column, endLine, endColumn } = d.place;
  expect(line >= 1 && column >= 1, `${d.code} starts at 1:1 or later`).toBe(true);
  expect(endLine, `${d.code} ends inside the file`).toBeLessThanOrEqual(lines.length);
  expect(column, `${d.code} column inside line ${line}`).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
  expect(endColumn, `${d.code} end column inside line ${endLine}`).toBeLessThanOrEqual((lines[endLine - 1]?.length ?? 0) + 1);
  expect(endLine > line || (endLine === line && endColumn >= column), `${d.code} ends after it starts`).toBe(true);
}

describe('validate on any input', () => {
  it('never throws and keeps every diagnostic inside its file', () => {
    fc.assert(
      fc.property(anyDoc, anyDoc, fc.option(fc.string({ maxLength: 80 })), (review, explainer, config) => {
        const files = new Map([
          ['t/m1/06_revision.md', review],
          ['t/m1/02_explainer.md', explainer],
        ]);
        const source: ContentSource = {
          name: 'course',
          files: [...files].map(([path, bytes]) => ({ path, bytes, size: bytes.length, issue: null })),
          configText: config,
          issues: [],
        };
        const build = buildCourse(source);
        for (const d of build.diagnostics) expectInside(d, files);
      }),
      { numRuns: 400, seed: 20261126 },
    );
  });
});
