import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HOSTILE_TEXT, writeContentFolder } from '@coursepack/test-kit';
import { FORMAT_NAMES, loadExporter, runBuild } from 'coursepack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Courses of one to three modules whose reviews take any combination of the parts authors write
// (checkpoint groups of every question kind, or none; a rubric that adds up or not; a gate; no
// questions at all), each built into every format by the real exporters. Problems in the content
// must come back as diagnostics: a module with errors is skipped, and nothing throws.

const QUESTIONS = [
  'Why does it matter? See `02_explainer.md` §1.1-§1.2.\n\n   > Because it does.',
  'Which one is right? {points=2}\n   - [ ] This\n     > No.\n   - [x] That\n     > Yes.\n\n   > Correct: Right.',
  'Which are right? {.multiple}\n   - [x] One\n   - [x] Two\n   - [ ] Three',
  'It holds.\n   - [x] True\n   - [ ] False',
  'Name it.\n\n   Answer: card | cards | card*',
  'How many?\n\n   Answer: 3 ± 0.5',
  `${HOSTILE_TEXT}\n   - [x] a = b ~ c # d {e}\n   - [ ] x ~ y`,
  'Worth nothing, still asked. {points=0}\n\n   > Any answer.',
  'How far? {points=2.5}\n\n   Answer: -1250 ± 0.25\n\n   > Incorrect: Count again.',
];
// Now and then a part with an error, so that the module is skipped: rarely, so most modules export.
const rarely = <T>(usual: fc.Arbitrary<T>, broken: fc.Arbitrary<T>, weight = 8) => fc.oneof({ weight, arbitrary: usual }, { weight: 1, arbitrary: broken });
const question = rarely(fc.constantFrom(...QUESTIONS), fc.constant('Pick one, though none is right.\n   - [ ] This\n   - [ ] That'), 40);
const GROUPS = ['Conceptual', 'Applied', 'Practice & <More>'];

const group = fc.record({ name: fc.constantFrom(...GROUPS), questions: rarely(fc.array(question, { minLength: 1, maxLength: 3 }), fc.constant<string[]>([])) });
const review = fc
  .record({
    number: fc.integer({ min: 1, max: 30 }),
    hostile: fc.boolean(),
    loop: fc.boolean(),
    reflection: fc.boolean(),
    groups: fc.option(fc.uniqueArray(group, { maxLength: 3, selector: (g) => g.name }), { nil: null }),
    rubric: fc.option(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 3 }), { nil: null }),
    totalOff: rarely(fc.constant(0), fc.constantFrom(-1, 1)),
    gate: fc.array(fc.constantFrom('I answered everything.', 'I ran the lab.'), { maxLength: 2 }),
  })
  .map((r) => {
    const lines = [`# 06. Module ${r.number} Review — ${r.hostile ? HOSTILE_TEXT : `Part ${r.number}`}`, ''];
    if (r.loop) lines.push('## Review loop', '', '1. Re-read `02_explainer.md` §1.1.', '');
    if (r.reflection) lines.push('## Reflection prompts', '', '- What surprised me?', '');
    if (r.groups) {
      lines.push('## Embedded checkpoint', '');
      for (const g of r.groups) lines.push(`### ${g.name}`, '', ...g.questions.map((q, i) => `${i + 1}. ${q}\n`));
    }
    if (r.rubric) {
      const names = r.groups?.map((g) => g.name) ?? [];
      const rows = r.rubric.map((max, i) => `| ${names[i] ?? `Criterion ${i + 1}`} | __ | ${max} |`);
      const total = r.rubric.reduce((a, b) => a + b, 0) + r.totalOff;
      lines.push('## Self-evaluation', '', '| Section | Score | / |', '|---|---|---|', ...rows, `| **Total** | __ | **${total}** |`, '');
    }
    if (r.gate.length > 0) lines.push('## Completion gate', '', ...r.gate.map((g) => `- [ ] ${g}`), '');
    return lines.join('\n');
  });
const EXPLAINER = ['# 02. Explainer', '## 1. Basics', '### 1.1 First', 'Text.', '### 1.2 Second', 'Text.'].join('\n\n');
const RECALL = '# 04. Daily Recall\n\n## Day 1 — Basics\n\n1. Retell it. See `02_explainer.md` §1.1.\n2. Which?\n   - [x] A\n   - [ ] B\n\n## Day 2 — Numbers\n\n1. Give it.\n\n   Answer: 42\n';
const PLAN = '# 01. Weekly plan\n\n| Day | Focus |\n|---|---|\n| Mon | Read §1 |\n| Tue | Lab |\n';
const LAB = '# 05. Hands-on lab\n\n## 1. Setup\n\n```bash\necho <hi> & bye\n```\n\n<script>alert(1)</script>\n';
const module = fc.record({ review: fc.option(review, { nil: null }), explainer: fc.boolean(), recall: fc.boolean(), plan: fc.boolean(), lab: fc.boolean() });
const course = fc.array(module, { minLength: 1, maxLength: 3 }).map((modules) => {
  const files: Record<string, string> = {};
  modules.forEach((m, i) => {
    if (m.review !== null) files[`t/m${i + 1}/06_revision.md`] = m.review;
    if (m.explainer || m.review === null) files[`t/m${i + 1}/02_explainer.md`] = EXPLAINER;
    else if (m.review.includes('02_explainer.md')) files[`t/m${i + 1}/02_explainer.md`] = EXPLAINER.replace('### 1.2', '### 1.3');
    if (m.recall) files[`t/m${i + 1}/04_daily_recall.md`] = RECALL;
    if (m.plan) files[`t/m${i + 1}/01_weekly_plan.md`] = PLAN;
    if (m.lab) files[`t/m${i + 1}/05_hands_on_lab.md`] = LAB;
  });
  return files;
});

describe('coursepack build on any course', () => {
  it('exports every module without errors to every format, and reports the others, without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(course, async (files) => {
        const root = await writeContentFolder(files);
        const out = await mkdtemp(path.join(tmpdir(), 'coursepack-any-'));
        try {
          // In this process, with the installed exporters, so a failure shows its own stack.
          const outcome = await runBuild({ root, outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test' }, resolveExporter: loadExporter });
          const failed = new Set(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => d.module));
          expect(outcome.skipped.map((s) => s.module).sort()).toEqual([...failed].sort());
          expect(outcome.modules.total).toBe(new Set(Object.keys(files).map((f) => path.dirname(f))).size);
        } finally {
          await rm(root, { recursive: true, force: true });
          await rm(out, { recursive: true, force: true });
        }
      }),
      { numRuns: 25, seed: 20261127 },
    );
  }, 240_000);
});
