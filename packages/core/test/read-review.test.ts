import type { Question } from '@coursepack/core';
import { renderDocumentHtml } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEED = readFileSync(new URL('../../../content/02_ai_infrastructure/04_ml_platform_operations/extended_notes/06_revision.md', import.meta.url), 'utf8');

const EXPLAINER = [
  '# 02. Explainer',
  ...[1, 2, 3, 4, 5, 6].flatMap((c) => [`## ${c}. Chapter ${c}`, ...Array.from({ length: 10 }, (_, i) => `### ${c}.${i + 1} Part ${c}.${i + 1}\n\nText.`)]),
].join('\n\n');

const SIBLINGS = {
  'mlops/04_ml_platform_operations/extended_notes/02_explainer.md': EXPLAINER,
  'mlops/04_ml_platform_operations/extended_notes/03_study_material.md': '# 03. Study\n\n## §4. Tools\n\nTable.\n',
  'mlops/04_ml_platform_operations/extended_notes/04_daily_recall.md': '# 04. Recall\n\n## Day 1\n\n1. What is drift? See §5.3.\n',
  'mlops/04_ml_platform_operations/extended_notes/05_hands_on_lab.md': '# 05. Lab\n\n## Steps\n\n1. Build.\n',
  'other/00_realtime_voice_agents/06_revision.md': '# 06. Module 18 Review — Voice\n\n## Completion gate\n\n- [ ] Done.\n',
};

describe('the seed review page', async () => {
  const build = await courseFromFiles({ ...SIBLINGS, 'mlops/04_ml_platform_operations/extended_notes/06_revision.md': SEED });
  const m = build.course.modules.find((x) => x.id === '04_ml_platform_operations')!;

  it('parses as written, with no diagnostics', () => {
    expect(build.diagnostics).toEqual([]);
  });

  it('takes id from the folder above extended_notes, number and title from the H1', () => {
    expect(m.path).toBe('mlops/04_ml_platform_operations');
    expect(m.number).toBe(17);
    expect(m.title).toBe('Module 17 Review — MLOps & Production');
    expect(m.focus?.text).toBe('lifecycle management, CI/CD for ML, serving infrastructure, monitoring, rollback, and production cost discipline.');
  });

  it('reads the review loop, reflection prompts and gate in order', () => {
    expect(m.reviewLoop.map((s) => s.references.map((r) => r.file))).toEqual([['02_explainer.md'], ['04_daily_recall.md'], ['03_study_material.md'], ['05_hands_on_lab.md']]);
    expect(m.reviewLoop[0]?.references[0]?.sections.map((s) => s.resolved)).toEqual([['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7']]);
    expect(m.reflectionPrompts.map((p) => p.text.text)[2]).toBe('Which rollback target would I forget under pressure: code, model, prompt, or data?');
    expect(m.gate.map((g) => [g.id, g.isChecked])).toEqual([1, 2, 3, 4, 5, 6].map((n) => [`gate-${n}`, false]));
  });

  it('reads both checkpoint groups with references as written', () => {
    const [conceptual, applied] = m.checkpoint.groups;
    expect(conceptual?.questions.map((q) => q.references.flatMap((r) => r.sections.map((s) => s.raw)))).toEqual([
      ['§1.3-§1.4'], ['§2.2-§2.3'], ['§2.5', '§2.9'], ['§3.5'], ['§3.7'], ['§4.3'], ['§4.4-§4.5'], ['§5.3-§5.5'], ['§4.10', '§5.8'], ['§5.9-§5.10'],
    ]);
    expect(conceptual?.questions[8]?.references[0]?.sections[0]?.resolved).toEqual(['4.10']);
    expect(conceptual?.questions[0]?.prompt.text).toBe('Why did the opening failure go unnoticed for weeks? See 02_explainer.md §1.3-§1.4.');
    expect(conceptual?.questions[0]?.place).toMatchObject({ line: 24, column: 1 });
    expect(conceptual?.questions[0]?.references[0]?.sections[0]?.place).toMatchObject({ line: 24, column: 78, endColumn: 87 });
    expect(applied?.questions.map((q) => [q.id, q.kind, q.points, q.criterion])).toEqual([1, 2, 3, 4, 5].map((n) => [`applied-${n}`, 'open', 2, 'Applied']));
    expect(conceptual?.questions.every((q) => q.points === 1 && q.pointsSource === 'rubric')).toBe(true);
    expect(applied?.questions[0]?.uid).toBe('m04_ml_platform_operations.applied-1');
  });

  it('ties rubric rows to groups and the reflection, with the stated total', () => {
    expect(m.rubric?.criteria.map((c) => [c.label, c.max, c.scores])).toEqual([
      ['Conceptual', 10, { kind: 'group', group: 'Conceptual' }],
      ['Applied', 10, { kind: 'group', group: 'Applied' }],
      ['Reflection honesty', 5, { kind: 'reflection' }],
    ]);
    expect([m.rubric?.total, m.rubric?.computedTotal]).toEqual([25, 25]);
  });

  it('resolves ../00_realtime_voice_agents/ by module folder name', () => {
    expect(m.links.map((l) => [l.target, l.place.line])).toEqual([['00_realtime_voice_agents', 41], ['00_realtime_voice_agents', 59]]);
  });

  it('reads the recall and the outline with anchors', () => {
    expect(m.recall.groups[0]?.questions[0]?.references[0]?.sections[0]?.resolved).toEqual(['5.3']);
    expect(m.outline.explainer?.sections.find((s) => s.number === '1.3')).toMatchObject({ anchor: 'sec-1-3', depth: 3, title: 'Part 1.3' });
    expect(m.outline.studyMaterial?.sections.map((s) => s.number)).toEqual(['4']);
  });

  it('gives the same ids and the same model on every build', async () => {
    const again = await courseFromFiles({ ...SIBLINGS, 'mlops/04_ml_platform_operations/extended_notes/06_revision.md': SEED });
    expect(JSON.stringify(again.course.modules)).toBe(JSON.stringify(build.course.modules));
  });

  it("keeps the anchors GitHub gives the page's section and group headings, and the recall's days", () => {
    expect(m.reviewAnchors).toEqual({ reviewLoop: 'review-loop', reflectionPrompts: 'reflection-prompts', checkpoint: 'embedded-checkpoint', rubric: 'self-evaluation', gate: 'completion-gate' });
    expect(m.checkpoint.groups.map((g) => g.anchor)).toEqual(['conceptual', 'applied']);
    expect(m.recall.groups.map((g) => g.anchor)).toEqual(['day-1']);
  });
});

describe('review page anchors', () => {
  it('number repeated headings as GitHub does, over the whole page, and leave missing sections null', async () => {
    const review = [
      '# 06. Module 1 Review — Anchors',
      '## 1. Review loop',
      '1. Read.',
      '## Checkpoint',
      '### Checkpoint',
      '1. Why? {points=1}\n\n   > Because.',
      '### `Applied` — *today*',
      '1. How?\n\n   > So.',
      '## Notes',
      '### Checkpoint',
      '## Completion gate',
      '- [ ] Done.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    const module = build.course.modules[0]!;
    expect(module.reviewAnchors).toEqual({ reviewLoop: '1-review-loop', reflectionPrompts: null, checkpoint: 'checkpoint', rubric: null, gate: 'completion-gate' });
    expect(module.checkpoint.groups.map((g) => [g.title, g.anchor])).toEqual([
      ['Checkpoint', 'checkpoint-1'],
      ['Applied — today', 'applied--today'],
    ]);
  });
});

describe('a review page written in its own words', () => {
  it('reads groups titled in bold, a checkpoint without group titles as one group, and reports a list before the first title', async () => {
    const page = (checkpoint: string, rubric: string) => `# 06. Module 1 Review — Groups\n\n## Embedded checkpoint\n\n${checkpoint}\n\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n${rubric}\n\n## Completion gate\n\n- [ ] Done.\n`;
    const build = await courseFromFiles({
      'm1/06_revision.md': page('**Conceptual**\n\n1. What is a registry?\n2. What is a store?\n\n**Note**\n\nThink before answering.\n\n**Applied:**\n\n1. Design one.', '| Conceptual | __ | 4 |\n| Applied | __ | 2 |\n| **Total** | __ | **6** |'),
      'm2/06_revision.md': page('Answer from memory.\n\n1. What is a registry?\n2. What is a store?', '| Embedded checkpoint | __ | 4 |\n| **Total** | __ | **4** |'),
      'm3/06_revision.md': page('1. Forgotten question?\n\n### Conceptual\n\n1. What is a registry?', '| Conceptual | __ | 2 |\n| **Total** | __ | **2** |'),
    });
    const [m1, m2, m3] = build.course.modules;
    // Bold titles over questions numbered as bold paragraphs: each title ends the question before it.
    const bold = await courseFromFiles({
      'm1/06_revision.md': page('**Conceptual**\n\n**1. What is a registry?**\n\nThink of stores.\n\n**Applied:**\n\n**1. Design one.**\n\n**Choices**\n\n- [x] this\n- [ ] that', '| Conceptual | __ | 2 |\n| Applied | __ | 2 |\n| **Total** | __ | **4** |'),
    });
    // A bold line before a question's choices is prompt, not a group.
    expect(bold.course.modules[0]?.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => [q.kind, q.prompt.text])])).toEqual([
      ['Conceptual', [['open', 'What is a registry?\n\nThink of stores.']]],
      ['Applied', [['single', 'Design one.\n\nChoices']]],
    ]);
    // A bold line followed by no questions (`**Note**`) titles nothing.
    expect(m1?.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => [q.prompt.text, q.points])])).toEqual([
      ['Conceptual', [['What is a registry?', 2], ['What is a store?', 2]]],
      ['Applied', [['Design one.', 2]]],
    ]);
    expect(m2?.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => [q.id, q.points])])).toEqual([['Embedded checkpoint', [['embedded-checkpoint-1', 2], ['embedded-checkpoint-2', 2]]]]);
    expect(m3?.checkpoint.groups.map((g) => [g.title, g.questions.length])).toEqual([['Conceptual', 1]]);
    expect(build.diagnostics.map((d) => `${d.code} ${d.severity} ${d.place.file}:${d.place.line}`)).toEqual(['checkpoint-list-ungrouped warning m3/06_revision.md:5']);
  });

  it("reads a rubric in the course's language, and a Score column written last", async () => {
    const page = (table: string) => `# 06. Modul 2 Wiederholung — Datenbanken\n\n## Embedded checkpoint\n\n### Verständnis\n\n1. Was ist eine Datenbank?\n\n## Self-evaluation\n\n${table}\n`;
    const german = await courseFromFiles({
      'coursepack.config.json': '{ "language": "de" }',
      'm1/06_revision.md': page('| Kriterium | Ihre Punkte | Max. |\n|---|---|---|\n| Verständnis | 5 | 6 |\n| Reflexion | __ | 2 |\n| **Gesamt** | __ | **8** |'),
      'm2/06_revision.md': page('| Kriterium | Punkte | Maximum |\n|---|---|---|\n| Verständnis | __ | 6 |'),
    });
    const [m1, m2] = german.course.modules;
    expect([m1?.rubric?.criteria.map((c) => [c.label, c.score, c.max]), m1?.rubric?.total]).toEqual([
      [
        ['Verständnis', 5, 6],
        ['Reflexion', null, 2],
      ],
      8,
    ]);
    // The missing total is asked for by the course's word for it, with the sum of the rows.
    expect(german.diagnostics.filter((d) => d.module === m2?.id).map((d) => d.message)).toEqual(['The rubric has no Gesamt row; add `| **Gesamt** | __ | **6** |`']);
    expect(german.diagnostics.filter((d) => d.module === m1?.id)).toEqual([]);
    // With no maximum column named, the last column that is not the score's holds the maxima.
    const english = await courseFromFiles({ 'm1/06_revision.md': page('| Criterion | Weight | Score |\n|---|---|---|\n| Verständnis | 6 | 4 |\n| **Total** | **6** | |') });
    expect([english.course.modules[0]?.rubric?.criteria.map((c) => [c.score, c.max]), english.diagnostics]).toEqual([[[4, 6]], []]);
  });

  it('finds each section by a title its heading begins with, the focus in a quote, and rubric maxima written as authors write them', async () => {
    // Each of these headings used to open no section: the checkpoint and rubric vanished and validate said nothing.
    const review = [
      '# Module 3 Review: Vector Databases',
      '> **Focus**: indexes, recall vs. latency, and filtering.',
      '## 🔁 Review Loop (15 min)',
      '1. Skim the explainer.',
      '## Resources for the review loop',
      '- [Docs](https://example.org)',
      '## Reflections',
      '* What surprised me?',
      '## Checkpoint Questions',
      '### Conceptual Questions',
      '1. What does `ef_search` trade off?\n\n   > Recall against latency.',
      '2. Why filter first?\n\n   > Fewer candidates.',
      '### Applied',
      '1. Which index for 10M vectors?\n\n   > HNSW.',
      '## Self-Evaluation Rubric',
      '| Criterion | Points |\n|:--|--:|\n| Conceptual | /4 |\n| Applied | 2 pts |\n| Reflection | out of 1 |\n| Total | __ / 7 |',
      '## Completion Gate ✅',
      '* [ ] I can explain HNSW.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    // Only the resources are read for nothing, which the author hears of (an info).
    expect(build.diagnostics.map((d) => `${d.severity} ${d.code} ${d.place.line}:${d.place.column}`)).toEqual(['info review-section-unread 9:1']);
    expect(build.diagnostics[0]?.message).toMatch(/^Section "Resources for the review loop" is none of the sections the review page is read by .*, so its list is read for nothing/);
    const module = build.course.modules[0]!;
    expect(module.focus?.text).toBe('indexes, recall vs. latency, and filtering.');
    // The resources' list is not a step: a title inside a heading opens no section.
    expect(module.reviewLoop.map((s) => s.text.text)).toEqual(['Skim the explainer.']);
    expect(module.reflectionPrompts).toHaveLength(1);
    expect(module.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => q.points)])).toEqual([
      ['Conceptual Questions', [2, 2]],
      ['Applied', [2]],
    ]);
    expect(module.rubric?.criteria.map((c) => [c.label, c.max, c.scores])).toEqual([
      ['Conceptual', 4, { kind: 'group', group: 'Conceptual Questions' }],
      ['Applied', 2, { kind: 'group', group: 'Applied' }],
      ['Reflection', 1, { kind: 'reflection' }],
    ]);
    expect(module.rubric?.total).toBe(7);
    expect(module.gate).toHaveLength(1);
    expect(module.reviewAnchors).toEqual({ reviewLoop: '-review-loop-15-min', reflectionPrompts: 'reflections', checkpoint: 'checkpoint-questions', rubric: 'self-evaluation-rubric', gate: 'completion-gate-' });
  });

  it('leaves a criterion unmatched rather than guess between groups that both begin with it', async () => {
    const review = '# 06. Module 1 Review — Guess\n\n## Embedded checkpoint\n\n### Applied design\n\n1. Draw it.\n\n   > So.\n\n### Applied ops\n\n1. Run it.\n\n   > So.\n\n## Self-evaluation\n\n| Criterion | Max |\n|---|---|\n| Applied | 4 |\n| **Total** | **4** |\n';
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    expect(build.diagnostics.map((d) => d.code).sort()).toEqual(['checkpoint-group-unscored', 'checkpoint-group-unscored', 'rubric-criterion-unmatched']);
  });
});

describe('questions numbered as paragraphs instead of a list', () => {
  const explainer = '# 02. Explainer\n\n## 1. Registries\n\n### 1.1 Versions\n\nText.\n\n### 1.2 Aliases\n\nText.\n';

  it('are read like list items, from `**1. …**`, `**2.** …`, `**Q3.**`, `Question 1:`, `Q2)` and `1\\.`, with their blocks up to the next one', async () => {
    const review = [
      '# 06. Module 1 Review — Registries',
      '## Embedded checkpoint',
      'Answer without notes first.',
      '### Conceptual',
      '**1. Why are versions immutable?**\nSee `02_explainer.md` §1.1',
      '**2.** What does an alias point at? See §1.2',
      '> A version.',
      '**Q3.** Which are immutable? {points=2}',
      '- [x] Versions\n- [ ] Aliases',
      '### Applied',
      'Question 1: How many versions are kept by default?',
      'Answer: 5',
      'Q2) *Which* command lists aliases?\nAnswer: `reg alias ls`',
      '3\\. Why pin a version in production?',
      '---',
      'A closing remark, not a question.',
      '## Completion gate',
      '- [ ] Done.',
    ].join('\n\n');
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/06_revision.md': review });
    expect(build.diagnostics).toEqual([]);
    const [conceptual, applied] = build.course.modules[0]!.checkpoint.groups;
    const read = (q: Question) => [q.id, q.kind, q.prompt.markdown, q.prompt.html];
    expect(conceptual?.questions.map(read)).toEqual([
      // A bold line that is the whole question loses its bold with its number.
      ['conceptual-1', 'open', 'Why are versions immutable?\nSee `02_explainer.md` §1.1', '<p>Why are versions immutable?\nSee <code>02_explainer.md</code> §1.1</p>'],
      ['conceptual-2', 'open', 'What does an alias point at? See §1.2', '<p>What does an alias point at? See §1.2</p>'],
      ['conceptual-3', 'single', 'Which are immutable?', '<p>Which are immutable?</p>'],
    ]);
    expect(conceptual?.questions.map((q) => q.references.flatMap((r) => r.sections.flatMap((x) => x.resolved)))).toEqual([['1.1'], ['1.2'], []]);
    expect(conceptual?.questions[1]?.modelAnswer?.text).toBe('A version.');
    expect(conceptual?.questions[2]?.points).toBe(2);
    expect(conceptual?.questions[2]?.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([['Versions', true], ['Aliases', false]]);
    expect(applied?.questions.map(read)).toEqual([
      ['applied-1', 'numeric', 'How many versions are kept by default?', '<p>How many versions are kept by default?</p>'],
      ['applied-2', 'short', '*Which* command lists aliases?', '<p><em>Which</em> command lists aliases?</p>'],
      // The rule and the remark after it are not the question's.
      ['applied-3', 'open', 'Why pin a version in production?', '<p>Why pin a version in production?</p>'],
    ]);
    expect(applied?.questions.map((q) => [q.answers, q.numeric])).toEqual([[['5'], { value: 5, tolerance: 0 }], [['reg alias ls'], null], [[], null]]);
    // Each question's place spans its blocks, so diagnostics point at it.
    expect(conceptual?.questions[2]?.place).toMatchObject({ line: 16, endLine: 19 });
  });

  it('end at a numbered list, which is read as the questions it holds; text in other sections is left alone', async () => {
    const review = '# 06. Module 1 Review — R\n\n## Review loop\n\n**1.** Read the explainer.\n\n## Embedded checkpoint\n\n### Conceptual\n\n**1.** Why versions?\n\n2. Why aliases?\n3. Why stages?\n\n## Completion gate\n\n- [ ] Done.\n';
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    const module = build.course.modules[0]!;
    expect(module.checkpoint.groups[0]?.questions.map((q) => [q.id, q.prompt.text])).toEqual([
      ['conceptual-1', 'Why versions?'],
      ['conceptual-2', 'Why aliases?'],
      ['conceptual-3', 'Why stages?'],
    ]);
    expect(module.reviewLoop).toEqual([]);
  });

  it('in a section the page is not read by are reported, as a list there is', async () => {
    const review = '# 06. Module 1 Review — R\n\n## Quiz\n\nWarm up first.\n\n**1.** Why versions?\n\n## Completion gate\n\n- [ ] Done.\n';
    const build = await courseFromFiles({ 'm1/06_revision.md': review });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}:${d.place.column}`)).toEqual(['review-section-unread 3:1']);
    expect(build.diagnostics[0]?.message).toMatch(/^Section "Quiz" is none of .*, so its numbered question is read for nothing/);
  });

  it('may be headed (`#### Q1. …`, `#### Question 2`) below their group; other headings there are still groups', async () => {
    const review = [
      '# 06. Module 1 Review — Registries',
      '## Embedded checkpoint',
      '### Applied',
      '#### Q1. A release breaks checkout. What do you roll back first?',
      'See `02_explainer.md` §1.2.',
      '> The alias: move it back to the last good version.',
      '#### Question 2',
      'Which are immutable?',
      '- [x] Versions\n- [ ] Aliases',
      '#### Part B',
      '1. A list question in a group of its own.',
      '### Q3. A group titled like a question',
      '1. Still a group, as its heading is no deeper than the groups.',
      '## Completion gate',
      '- [ ] Done.',
    ].join('\n\n');
    const recall = '# 04. Daily recall\n\n## Day 1\n\n### Q1. What is a version?\n\n### Q2\n\nWhat is an alias?\n';
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/04_daily_recall.md': recall, 'm1/06_revision.md': review });
    expect(build.diagnostics).toEqual([]);
    const module = build.course.modules[0]!;
    expect(module.checkpoint.groups.map((g) => [g.title, g.questions.map((q) => [q.id, q.kind, q.prompt.markdown])])).toEqual([
      ['Applied', [
        ['applied-1', 'open', 'A release breaks checkout. What do you roll back first?\n\nSee `02_explainer.md` §1.2.'],
        ['applied-2', 'single', 'Which are immutable?'],
      ]],
      ['Part B', [['part-b-1', 'open', 'A list question in a group of its own.']]],
      ['Q3. A group titled like a question', [['q3-a-group-titled-like-a-question-1', 'open', 'Still a group, as its heading is no deeper than the groups.']]],
    ]);
    const [first] = module.checkpoint.groups[0]!.questions;
    expect([first?.prompt.html, first?.modelAnswer?.text, first?.references[0]?.sections[0]?.resolved]).toEqual([
      '<p>A release breaks checkout. What do you roll back first?</p>\n<p>See <code>02_explainer.md</code> §1.2.</p>',
      'The alias: move it back to the last good version.',
      ['1.2'],
    ]);
    expect(module.recall.groups.map((g) => [g.title, g.questions.map((q) => q.prompt.text)])).toEqual([['Day 1', ['What is a version?', 'What is an alias?']]]);
  });

  it('are read on the daily recall too', async () => {
    const recall = '# 04. Daily recall\n\n## Day 1\n\n**Q1.** What is a version?\n\n**Q2.** What is an alias? See `02_explainer.md` §1.2\n';
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/04_daily_recall.md': recall, 'm1/06_revision.md': '# 06. Module 1 Review — R\n\n## Completion gate\n\n- [ ] Done.\n' });
    expect(build.diagnostics).toEqual([]);
    expect(build.course.modules[0]!.recall.groups[0]?.questions.map((q) => [q.id, q.prompt.markdown, q.references.length])).toEqual([
      ['recall-day-1-1', 'What is a version?', 0],
      ['recall-day-1-2', 'What is an alias? See `02_explainer.md` §1.2', 1],
    ]);
  });
});

describe('numbered sections as authors number them', () => {
  it('are read from `1.1.`, `§1.2`, `2.1 — …`, `Section 2.2: …` and `2) …`, with their titles clean, and given their anchors', async () => {
    const explainer = '# 02. Explainer\n\n## 1. Basics\n\n### 1.1. Embeddings\n\nText.\n\n### §1.2 Distance metrics\n\nText.\n\n## 2) Indexes\n\n### 2.1 — HNSW\n\nText.\n\n### Section 2.2: IVF\n\nText.\n\n### Step one\n\nNot numbered.\n';
    const review = '# 06. Module 1 Review — Vectors\n\n## Review loop\n\n1. Re-read `02_explainer.md` §1.1–§1.2 and §2.1-§2.2.\n\n## Completion gate\n\n- [ ] Done.\n';
    const build = await courseFromFiles({ 'm1/02_explainer.md': explainer, 'm1/06_revision.md': review });
    expect(build.diagnostics).toEqual([]);
    const module = build.course.modules[0]!;
    expect(module.outline.explainer?.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', 'Basics'],
      ['1.1', 'Embeddings'],
      ['1.2', 'Distance metrics'],
      ['2', 'Indexes'],
      ['2.1', 'HNSW'],
      ['2.2', 'IVF'],
    ]);
    expect(module.reviewLoop[0]?.references[0]?.sections.map((r) => r.resolved)).toEqual([['1.1', '1.2'], ['2.1', '2.2']]);
    const html = renderDocumentHtml(build.documents.get('m1/02_explainer.md')!);
    expect(html).toContain('<h3 id="sec-2-2"><span id="section-22-ivf"></span>Section 2.2: IVF</h3>');
    expect(html).toContain('<h2 id="sec-2"><span id="2-indexes"></span>2) Indexes</h2>');
  });
});

