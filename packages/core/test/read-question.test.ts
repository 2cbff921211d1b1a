import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const EXPLAINER = '# 02. Explainer\n\n## 1. Registries\n\n### 1.1 Artifacts\n\nText.\n\n### 1.2 Lifecycle\n\nText.\n';

function review(checkpoint: string): Record<string, string> {
  return {
    'm1/02_explainer.md': EXPLAINER,
    'm1/06_revision.md': `# 06. Module 1 Review — Registries\n\n## Embedded checkpoint\n\n### Practice\n\n${checkpoint}\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n| Practice | __ | 12 |\n| **Total** | __ | **12** |\n`,
  };
}

describe('objective question syntax', async () => {
  const build = await courseFromFiles(
    review(`1. Which store tracks lifecycle states? See §1.2.
   - [ ] Artifact store
     > It keeps bytes, not states.
   - [x] Model registry
   > Correct: Yes — the registry holds stages.
   > Incorrect: Look again at §1.2.
2. Which are lifecycle stages?
   - [x] Staging
   - [x] Production
   - [ ] Parquet
3. A registry stores model weights by itself.
   - [ ] True
   - [x] False
4. Name the store that holds promotion states. {#store-name}

   Answer: model registry | registry
5. How many stages does the lifecycle have? {points=4}

   Answer: 4 ± 0.5
6. Explain why promotion needs a gate.

   > Model answer: because evaluation must pass before traffic moves.
7. Pick one. {#forced .multiple}
   - [x] only this
   - [ ] not this
`),
  );
  const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];

  it('reads without diagnostics', () => {
    expect(build.diagnostics).toEqual([]);
  });

  it('infers each kind from the markdown', () => {
    expect(questions.map((q) => [q.id, q.kind])).toEqual([
      ['practice-1', 'single'],
      ['practice-2', 'multiple'],
      ['practice-3', 'true-false'],
      ['store-name', 'short'],
      ['practice-5', 'numeric'],
      ['practice-6', 'open'],
      ['forced', 'multiple'],
    ]);
  });

  it('reads choices, correctness and per-choice feedback', () => {
    const [single] = questions;
    expect(single?.choices.map((c) => [c.id, c.text.text, c.isCorrect, c.feedback?.text ?? null])).toEqual([
      ['a', 'Artifact store', false, 'It keeps bytes, not states.'],
      ['b', 'Model registry', true, null],
    ]);
    expect(single?.feedback.correct?.text).toBe('Yes — the registry holds stages.');
    expect(single?.feedback.incorrect?.markdown).toBe('Look again at §1.2.');
    expect(single?.references[0]?.sections[0]?.resolved).toEqual(['1.2']);
    expect(single?.prompt.text).toBe('Which store tracks lifecycle states? See §1.2.');
  });

  it('reads short and numeric answers, model answers, and shares points', () => {
    expect(questions[3]?.answers).toEqual(['model registry', 'registry']);
    expect(questions[3]?.prompt.markdown).toBe('Name the store that holds promotion states.');
    expect(questions[4]?.numeric).toEqual({ value: 4, tolerance: 0.5 });
    expect([questions[4]?.points, questions[4]?.pointsSource]).toEqual([4, 'author']);
    expect(questions[5]?.modelAnswer?.text).toBe('because evaluation must pass before traffic moves.');
    // 12 points, 4 pinned on question 5: the other six share 8.
    expect(questions[0]?.points).toBeCloseTo(8 / 6, 4);
  });

  it('renders prompts as sanitized HTML', async () => {
    const hostile = await courseFromFiles(review('1. Click <script>alert(1)</script> [here](javascript:alert(1)) <img src=x onerror=alert(1)>\n'));
    const html = hostile.course.modules[0]?.checkpoint.groups[0]?.questions[0]?.prompt.html ?? '';
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('here');
  });
});

describe('answer lines', () => {
  it('reads an Answer: line written straight under the prompt', async () => {
    const build = await courseFromFiles(review('1. Name the store.\n   Answer: registry | model registry\n'));
    const q = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect([q?.kind, q?.answers, q?.prompt.text]).toEqual(['short', ['registry', 'model registry'], 'Name the store.']);
  });

  it('warns that a numeric question is scored against its first value only, and not when it accepts written answers', async () => {
    const numeric = await courseFromFiles(review('1. How many replicas?\n\n   Answer: 2 | 3 | 4\n'));
    const q = numeric.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect([q?.kind, q?.numeric]).toEqual(['numeric', { value: 2, tolerance: 0 }]);
    expect(numeric.diagnostics.map((d) => `${d.code} ${d.severity}: ${d.message}`)).toEqual([
      'numeric-answers-ignored warning: A numeric question is scored against one value: exports accept `2` and not `3`, `4`; give one value with a tolerance (`Answer: 2.5 ± 0.5`), or mark the question `{.short}` to accept each answer as written',
    ]);
    const short = await courseFromFiles(review('1. How many replicas? {.short}\n\n   Answer: 2 | 3 | 4\n'));
    expect(short.diagnostics).toEqual([]);
    expect(short.course.modules[0]?.checkpoint.groups[0]?.questions[0]?.answers).toEqual(['2', '3', '4']);
  });
  it('takes no number that exports cannot write: one past the largest double is a written answer, or no answer', async () => {
    const build = await courseFromFiles(review('1. Huge?\n   Answer: 1e400\n2. Huge, as a number? {.numeric}\n   Answer: 1e400\n3. Huge tolerance? {.numeric}\n   Answer: 5 ± 1e999\n4. Large but finite? {.numeric}\n   Answer: 1e300 ± 1e-400\n'));
    const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect(questions.map((q) => [q.kind, q.numeric])).toEqual([
      ['short', null],
      ['numeric', null],
      ['numeric', null],
      ['numeric', { value: 1e300, tolerance: 0 }],
    ]);
    // Before, Infinity reached the model and came out of the schema check as three errors about null.
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}`)).toEqual(['question-missing-answer 9', 'question-missing-answer 11']);
  });
});

describe('attribute blocks', () => {
  it('reports an id, a kind or points given twice, and keeps the last as before', async () => {
    const build = await courseFromFiles(review('1. Which one? {#a #b .single .multiple points=1 points=2}\n   - [x] This\n   - [ ] That\n'));
    const q = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect([q?.id, q?.kind, q?.points]).toEqual(['b', 'multiple', 2]);
    expect(build.diagnostics.filter((d) => d.code === 'question-invalid-attribute').map((d) => d.message)).toEqual([
      "The question's attributes give an id 2 times (`#a`, `#b`); only the last counts, so keep one",
      "The question's attributes give a kind 2 times (`.single`, `.multiple`); only the last counts, so keep one",
      "The question's attributes give points 2 times (`points=1`, `points=2`); only the last counts, so keep one",
    ]);
  });
});

describe('plain text of prompts', () => {
  it('leaves raw HTML out of the text, as it is left out of the HTML', async () => {
    const build = await courseFromFiles(review('1. Why <b>gate</b> promotion <script>alert(1)</script>?\n'));
    const q = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    // Tags go, as they go from the HTML; text between inline tags is text in both.
    expect(q?.prompt.text).toBe('Why gate promotion alert(1)?');
    expect(q?.prompt.html).toBe('<p>Why gate promotion alert(1)?</p>');
    expect(q?.prompt.markdown).toContain('<b>gate</b>');
  });
});

describe('references as authors write them', () => {
  it('reads a file switch mid-sentence, an abbreviation and a top-level section', async () => {
    const files = review('1. Compare. See `02_explainer.md` §1.1 and 03_study_material.md §4, then explainer §1.2 and §1.\n');
    files['m1/03_study_material.md'] = '# 03. Study\n\n## §4. Tools\n\nTable.\n';
    const build = await courseFromFiles(files);
    expect(build.diagnostics).toEqual([]);
    const q = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect(q?.references.map((r) => [r.file, r.role, r.sections.map((s) => [s.raw, s.resolved])])).toEqual([
      ['02_explainer.md', 'explainer', [['§1.1', ['1.1']]]],
      ['03_study_material.md', 'study-material', [['§4', ['4']]]],
      ['02_explainer.md', 'explainer', [['§1.2', ['1.2']], ['§1', ['1', '1.1', '1.2']]]],
    ]);
  });

  it('reads a file name only where a name starts, so a long word or path is scanned once', async () => {
    // A name glued to a word (notes-02_explainer.md) is another file's, not the explainer's. A run
    // of 200 KB of path steps, once rescanned from each of its characters (20 s), holds none.
    const steps = 'a/'.repeat(100_000);
    const glued = await courseFromFiles(review(`1. Compare notes-02_explainer.md and v2.02_explainer.md. ${steps}x ${'b'.repeat(100_000)}.\n`));
    expect(glued.course.modules[0]?.checkpoint.groups[0]?.questions[0]?.references).toEqual([]);
    const build = await courseFromFiles(review(`1. Compare ${steps}x with 02_explainer.md §1.1 and (see ../m1/02_explainer.md).\n`));
    expect(build.diagnostics).toEqual([]);
    const q = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect(q?.references.map((r) => [r.file, r.sections.map((s) => s.raw)])).toEqual([['02_explainer.md', ['§1.1']], ['../m1/02_explainer.md', []]]);
  });
});

describe('blocks under a numbered question indented less than its text', () => {
  it('are read as the question\'s, as under the questions before it, and each is reported', async () => {
    // Under `10.` the text starts four columns in; the choices, feedback and answer keep the three
    // spaces that served under `9.`, so markdown reads them beside the question, not in it.
    const nine = Array.from({ length: 9 }, (_, i) => `${i + 1}. Is ${i + 1} odd?\n   - [${i % 2 === 0 ? 'x' : ' '}] Yes\n   - [${i % 2 === 0 ? ' ' : 'x'}] No\n`).join('');
    const files = review(`${nine}10. Which stores track states?\n   - [ ] Artifact store\n   - [x] Model registry\n   > Correct: the registry.\n\n11. Name the registry's states.\n\n   Answer: stages\n\n12. Is 12 even?\n    - [x] Yes\n    - [ ] No\n`);
    const build = await courseFromFiles(files);
    const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect(questions.map((q) => q.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const tenth = questions[9];
    expect([tenth?.kind, tenth?.choices.map((c) => [c.text.text, c.isCorrect]), tenth?.feedback.correct?.text]).toEqual(['single', [['Artifact store', false], ['Model registry', true]], 'the registry.']);
    expect([questions[10]?.kind, questions[10]?.answers]).toEqual(['short', ['stages']]);
    // Indented as markdown needs (four spaces under `12.`), nothing is reported.
    expect(build.diagnostics.map((d) => `${d.code} ${d.severity} ${d.place.line}:${d.place.column}`)).toEqual(['list-item-misindented warning 35:4', 'list-item-misindented warning 37:4', 'list-item-misindented warning 41:4']);
    expect(build.diagnostics[0]?.message).toBe('This is indented 3 spaces, fewer than the 4 where the text of item `10.` starts, so markdown reads it apart from the item; it is read as the item\'s, but indent it 4 spaces so that every renderer agrees');
  });
});

describe('answers written as a number with a tolerance', () => {
  it('are scored as numbers only when both are plain numbers whose range is finite; otherwise the author hears why', async () => {
    const answers = ['200 ± 10', '200 ± 5%', '5 ± -1', '3.14 ± 0.01 m', '1,000 ± 5', '1e308 ± 1e308', '2 +/- 1'];
    const checkpoint = answers.map((a, i) => `${i + 1}. Value ${i + 1}?\n\n   Answer: ${a}\n`).join('\n');
    const files = review(`${checkpoint}\n8. Written as text on purpose. {.short}\n\n   Answer: 5 ± 1\n`);
    const build = await courseFromFiles(files);
    const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect(questions.map((q) => [q.kind, q.numeric])).toEqual([
      ['numeric', { value: 200, tolerance: 10 }],
      ['short', null],
      ['short', null],
      ['short', null],
      ['short', null],
      // 1e308 + 1e308 is Infinity, which no export can write.
      ['short', null],
      ['numeric', { value: 2, tolerance: 1 }],
      ['short', null],
    ]);
    const unread = build.diagnostics.filter((d) => d.code === 'answer-tolerance-unread');
    expect(unread.map((d) => `${d.severity} ${d.message.split(' reads as')[0]}`)).toEqual(['warning `200 ± 5%`', 'warning `5 ± -1`', 'warning `3.14 ± 0.01 m`', 'warning `1,000 ± 5`', 'warning `1e308 ± 1e308`']);
  });
});

describe('groups titled in other scripts', () => {
  it('get ids of their own, and their rubric rows score them', async () => {
    // Each title once made the same id (`x`): every question after the first group's was a
    // duplicate id, and every rubric row matched the first group.
    const files = {
      'm1/06_revision.md': `# 06. 第一模块复习 — 模型注册\n\n## Embedded checkpoint\n\n### 概念\n\n1. 模型注册表的作用是什么？\n   - [x] 记录版本\n   - [ ] 存储日志\n\n### 应用\n\n1. 何时推广模型？\n   - [x] 评估通过后\n   - [ ] 随时\n\n### 🚀\n\n1. Ready?\n   - [x] Yes\n   - [ ] No\n\n### Straße\n\n1. Which?\n   - [x] This\n   - [ ] That\n\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n| 概念 | __ | 2 |\n| 应用 | __ | 3 |\n| 🚀 | __ | 1 |\n| Straße | __ | 4 |\n| **Total** | __ | **10** |\n`,
    };
    const build = await courseFromFiles(files);
    expect(build.diagnostics).toEqual([]);
    const groups = build.course.modules[0]?.checkpoint.groups ?? [];
    // Latin titles keep the ids they always had; only a title with no Latin letter or digit is spelt by code point.
    expect(groups.map((g) => [g.id, g.questions.map((q) => [q.id, q.points])])).toEqual([
      ['u6982-u5ff5', [['u6982-u5ff5-1', 2]]],
      ['u5e94-u7528', [['u5e94-u7528-1', 3]]],
      ['u1f680', [['u1f680-1', 1]]],
      ['stra-e', [['stra-e-1', 4]]],
    ]);
  });
});


describe('long group titles and pinned ids', () => {
  it('give ids within the schema, distinct for titles that begin alike, still scored by their rubric rows', async () => {
    // A 280-character group title made question ids longer than the schema's 200 characters: the
    // module failed `model-schema` for an id its author never wrote.
    const long = 'Group with an extremely long name that goes on and on '.repeat(5).trim();
    const [first, second] = [`${long} first`, `${long} second`];
    const files = {
      'm1/06_revision.md': `# 06. Module 1 Review — Long\n\n## Embedded checkpoint\n\n### ${first}\n\n1. One?\n   - [x] Yes\n   - [ ] No\n\n### ${second}\n\n1. Two?\n   - [x] Yes\n   - [ ] No\n\n### Short\n\n1. Three?\n   - [x] Yes\n   - [ ] No\n\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n| ${first} | __ | 2 |\n| ${second} | __ | 3 |\n| Short | __ | 1 |\n| **Total** | __ | **6** |\n`,
    };
    const build = await courseFromFiles(files);
    expect(build.diagnostics).toEqual([]);
    const groups = build.course.modules[0]?.checkpoint.groups ?? [];
    const ids = groups.map((g) => g.id);
    expect(ids[0]).toMatch(/^group-with-an-extremely-long-name-that-goes-on-and-on-group-[0-9a-z]+$/);
    expect(new Set(ids).size).toBe(3);
    expect(ids[2]).toBe('short');
    expect(groups.map((g) => g.questions.map((q) => q.points))).toEqual([[2], [3], [1]]);
  });

  it('report a pinned id the schema would refuse with the attribute, not with the model', async () => {
    const files = review(`1. One? {#${'x'.repeat(201)}}\n   - [x] Yes\n   - [ ] No\n\n2. Two? {#-leading-dash}\n   - [x] Yes\n   - [ ] No\n\n3. Three? {#${'y'.repeat(200)}}\n   - [x] Yes\n   - [ ] No\n`);
    const build = await courseFromFiles(files);
    expect(build.diagnostics.map((d) => [d.code, d.place?.line])).toEqual([
      ['question-invalid-attribute', 7],
      ['question-invalid-attribute', 11],
    ]);
    expect(build.diagnostics[1]?.message).toBe('The id `#-leading-dash` must start with a letter, a digit or `_` and be at most 200 characters long');
    expect(build.course.modules[0]?.checkpoint.groups[0]?.questions.map((q) => q.id.length)).toEqual([10, 10, 200]);
  });
});

describe('numbers too large to hold', () => {
  it('are no module number, no points and no rubric maximum, each said by its own rule', async () => {
    // Each was Infinity in the model, which JSON writes as null: the module failed `model-schema`
    // with "The number (`null`) must be integer,null", pointing at nothing the author could see.
    const huge = '9'.repeat(400);
    const files = {
      'm1/06_revision.md': `# 06. Module ${huge} Review — Big\n\n## Embedded checkpoint\n\n### Conceptual\n\n1. One? {points=${huge}}\n   - [x] Yes\n   - [ ] No\n\n### Applied\n\n1. Two?\n   - [x] Yes\n   - [ ] No\n\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n| Conceptual | __ | 4 |\n| Applied | __ | 1${'0'.repeat(9)} |\n| **Total** | __ | **${huge}** |\n`,
      'm2/06_revision.md': `# 06. Module 12345678901234567890 Review — Also big\n\n## Embedded checkpoint\n\n### Conceptual\n\n1. One?\n   - [x] Yes\n   - [ ] No\n`,
      'm3/06_revision.md': `# 06. Module 123456789 Review — Large but exact\n\n## Embedded checkpoint\n\n### Conceptual\n\n1. One? {points=999999999}\n   - [x] Yes\n   - [ ] No\n`,
    };
    const build = await courseFromFiles(files);
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line}`)).toEqual([
      'question-invalid-attribute m1/06_revision.md:7',
      'rubric-max-not-number m1/06_revision.md:22',
      'rubric-max-not-number m1/06_revision.md:23',
    ]);
    expect(build.course.modules.map((m) => m.number)).toEqual([null, null, 123456789]);
    expect(build.course.modules[2]?.checkpoint.groups[0]?.questions[0]?.points).toBe(999999999);
  });
});

describe('groups and lists that share a title', () => {
  it('get ids of their own, so their questions are no duplicates; a checkpoint group scored by no row is said', async () => {
    // Every question of a second `## Day 1` had the id of the first's: the module failed with
    // question-duplicate-id for ids its author never wrote, and a second checkpoint group of one
    // title took the rubric row's whole maximum again.
    const files = {
      'm1/01_weekly_plan.md': '# 01. Plan\n\n## Goals\n\n- One\n\n## Goals\n\n- Two\n',
      'm1/04_daily_recall.md': '# 04. Recall\n\n## Day 1\n\n1. First?\n\n## Day 1\n\n1. Again?\n2. And?\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Twice\n\n## Embedded checkpoint\n\n### Applied\n\n1. One?\n\n### Applied\n\n1. Two?\n\n## Self-evaluation\n\n| Section | Score | / |\n|---|---|---|\n| Applied | __ | 4 |\n| **Total** | __ | **4** |\n',
    };
    const build = await courseFromFiles(files);
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}`)).toEqual(['checkpoint-group-unscored 9']);
    const m = build.course.modules[0];
    expect(m?.recall.groups.map((g) => g.questions.map((q) => q.id))).toEqual([['recall-day-1-1'], ['recall-day-1-2-1', 'recall-day-1-2-2']]);
    expect(m?.checkpoint.groups.map((g) => g.questions.map((q) => [q.id, q.points]))).toEqual([[['applied-1', 4]], [['applied-2-1', 1]]]);
    expect(m?.plan.lists.map((l) => l.items.map((i) => i.id))).toEqual([['plan-goals-1'], ['plan-goals-2-1']]);
  });
});

describe('flashcards', () => {
  it('read `Q:` as the prompt and `A:` as the model answer, plain or bold, so the answer is never part of the prompt', async () => {
    const recall = '# 04. Recall\n\n## Day 1\n\n- Q: What does HNSW stand for? See §1.1.\n  A: Hierarchical Navigable Small World\n- **Q:** Which store needs *training*?\n  **A:** The `IVF` index.\n\n  It clusters first.\n- Q: Name the registry.\n\n  Answer: registry | model registry\n\n  A: The model registry holds stages.\n- Quality: is this a card?\n  A: no\n';
    const build = await courseFromFiles({ ...review('1. Why?\n\n   > Because.\n'), 'm1/04_daily_recall.md': recall });
    expect(build.diagnostics).toEqual([]);
    const [hnsw, ivf, registry, quality] = build.course.modules[0]?.recall.groups[0]?.questions ?? [];
    expect([hnsw?.kind, hnsw?.prompt.text, hnsw?.prompt.markdown, hnsw?.modelAnswer?.text]).toEqual(['open', 'What does HNSW stand for? See §1.1.', 'What does HNSW stand for? See §1.1.', 'Hierarchical Navigable Small World']);
    expect(hnsw?.references.map((r) => r.sections.map((x) => x.resolved))).toEqual([[['1.1']]]);
    expect([ivf?.prompt.html, ivf?.modelAnswer?.html]).toEqual(['<p>Which store needs <em>training</em>?</p>', '<p>The <code>IVF</code> index.</p>\n<p>It clusters first.</p>']);
    expect(ivf?.modelAnswer?.markdown).toBe('The `IVF` index.\n\n  It clusters first.');
    // `Answer:` keeps its meaning: the accepted answers of a short answer.
    expect([registry?.kind, registry?.answers, registry?.modelAnswer?.text]).toEqual(['short', ['registry', 'model registry'], 'The model registry holds stages.']);
    // Only `Q:` makes a flashcard.
    expect([quality?.prompt.text, quality?.modelAnswer]).toEqual(['Quality: is this a card?\nA: no', null]);
  });

  it('read a bold `**Answer:**` or `> **Correct:**` line straight under the text as its own part, as a plain one is', async () => {
    const build = await courseFromFiles(review('1. Name the store.\n   **Answer:** registry | model registry\n2. Pick one.\n   - [x] This\n   - [ ] That\n   > Nearly.\n   > **Correct:** yes.\n'));
    const [name, pick] = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect([name?.kind, name?.prompt.text, name?.answers]).toEqual(['short', 'Name the store.', ['registry', 'model registry']]);
    expect([pick?.feedback.general?.text, pick?.feedback.correct?.text]).toEqual(['Nearly.', 'yes.']);
  });
});

describe('answers written as a bullet under the question', () => {
  it('are read as an `Answer:` line is, when the bullet is one `Answer:` paragraph; any other bullets stay in the prompt', async () => {
    const recall = '# 04. Recall\n\n## Day 1\n\n1. What is a version?\n   - Answer: an immutable snapshot | a snapshot\n2. How many aliases may one version have?\n   - **Answer:** 3\n3. Name two things a registry stores.\n   - models\n   - metadata\n4. What does `Answer:` mean here?\n   - Answer: a label\n   - and more\n';
    const build = await courseFromFiles({ ...review('1. Why?\n\n   > Because.\n'), 'm1/04_daily_recall.md': recall });
    expect(build.diagnostics).toEqual([]);
    const questions = build.course.modules[0]?.recall.groups[0]?.questions ?? [];
    expect(questions.map((q) => [q.kind, q.prompt.markdown, q.answers])).toEqual([
      ['short', 'What is a version?', ['an immutable snapshot', 'a snapshot']],
      ['numeric', 'How many aliases may one version have?', ['3']],
      ['open', 'Name two things a registry stores.\n   - models\n   - metadata', []],
      ['open', 'What does `Answer:` mean here?\n   - Answer: a label\n   - and more', []],
    ]);
  });
});

describe('answers collapsed as on GitHub (`<details>`)', () => {
  it('are the model answer of an open question, or the feedback of another, and never prompt text; a hint stays with the prompt', async () => {
    const checkpoint = [
      '1. Why are versions immutable? See §1.1.\n\n   <details>\n   <summary>Answer</summary>\n\n   So that a deployed model can be **traced** back.\n\n   </details>',
      '2. What does an alias point at?\n   <details><summary>Show answer</summary>A *version*.</details>',
      '3. Which store holds stages?\n   - [ ] Artifact store\n   - [x] Registry\n\n   <details>\n\n   <summary>Why</summary>\n\n   Stages are registry state.\n\n   </details>',
      '4. Name the store.\n\n   <details><summary>Hint</summary>It starts with R.</details>\n\n   <details><summary>Solution</summary>\n\n   The registry.',
    ].join('\n');
    const build = await courseFromFiles(review(`${checkpoint}\n`));
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [why, alias, stages, name] = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect([why?.kind, why?.prompt.markdown, why?.prompt.html, why?.modelAnswer?.markdown, why?.modelAnswer?.html]).toEqual([
      'open',
      'Why are versions immutable? See §1.1.',
      '<p>Why are versions immutable? See §1.1.</p>',
      'So that a deployed model can be **traced** back.',
      '<p>So that a deployed model can be <strong>traced</strong> back.</p>',
    ]);
    expect([alias?.prompt.text, alias?.modelAnswer?.text, alias?.modelAnswer?.html]).toEqual(['What does an alias point at?', 'A version.', '<p>A <em>version</em>.</p>']);
    expect([stages?.kind, stages?.modelAnswer, stages?.feedback.general?.text]).toEqual(['single', null, 'Stages are registry state.']);
    // The hint's text is the prompt's; a block never closed runs to the end of the question.
    expect([name?.prompt.text, name?.modelAnswer?.text]).toEqual(['Name the store.', 'The registry.']);
    expect(name?.prompt.markdown).toContain('<summary>Hint</summary>');
    // It stays collapsed, as on GitHub, in the prompt's HTML.
    expect(name?.prompt.html).toBe('<p>Name the store.</p>\n<details><summary>Hint</summary><p>It starts with R.</p></details>');
  });
});

describe('choices written as on paper', () => {
  it('are read from lettered lines under the prompt when `Answer:` names their letters', async () => {
    const checkpoint = [
      '1. Which index needs training? See §1.1.\n   a) HNSW\n   b) IVF\n   c) Flat\n\n   Answer: b',
      '2. Which are graph-based?\n   a. HNSW\n   b. NSG\n   c. IVF\n\n   Answer: (a), b',
      '3. Which letter comes first?\n   a) the first\n   b) the second\n\n   Answer: first',
      '4. Spell the index.\n   b) not lettered from a\n   c) nor this\n\n   Answer: b',
    ].join('\n');
    const build = await courseFromFiles(review(`${checkpoint}\n`));
    const [single, multiple, named, unordered] = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect([single?.kind, single?.prompt.text, single?.prompt.markdown, single?.answers]).toEqual(['single', 'Which index needs training? See §1.1.', 'Which index needs training? See §1.1.', []]);
    expect(single?.choices.map((c) => [c.id, c.text.text, c.text.markdown, c.isCorrect])).toEqual([
      ['a', 'HNSW', 'HNSW', false],
      ['b', 'IVF', 'IVF', true],
      ['c', 'Flat', 'Flat', false],
    ]);
    expect(single?.references.map((r) => r.sections.map((x) => x.resolved))).toEqual([[['1.1']]]);
    expect([multiple?.kind, multiple?.choices.map((c) => c.isCorrect)]).toEqual(['multiple', [true, true, false]]);
    // An answer that is no letter, or options not lettered from `a`, keep the question a short answer.
    expect([named?.kind, named?.answers, named?.choices]).toEqual(['short', ['first'], []]);
    expect([unordered?.kind, unordered?.choices]).toEqual(['short', []]);
  });

  it('are read when an option starts with code or emphasis', async () => {
    const checkpoint = "1. Which query keeps the rows of Cologne?\n   a) `SELECT * FROM t WHERE city = 'Cologne'`\n   b) *no* query\n   c) `DELETE FROM t`\n\n   Answer: a\n";
    const build = await courseFromFiles(review(checkpoint));
    const question = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect([question?.kind, question?.prompt.text, question?.answers]).toEqual(['single', 'Which query keeps the rows of Cologne?', []]);
    expect(question?.choices.map((c) => [c.id, c.text.markdown, c.isCorrect])).toEqual([
      ['a', "`SELECT * FROM t WHERE city = 'Cologne'`", true],
      ['b', '*no* query', false],
      ['c', '`DELETE FROM t`', false],
    ]);
  });
});

describe('answer lines', () => {
  it('split at bars, but not at a bar inside code or escaped', async () => {
    const checkpoint = [
      '1. Count the files.\n\n   Answer: `ls | wc -l` | `find . | wc -l`',
      '2. Which operator pipes?\n\n   Answer: \\|',
      '3. Write both.\n\n   Answer: a \\| b | c \\\\| d',
    ].join('\n');
    const build = await courseFromFiles(review(`${checkpoint}\n`));
    const questions = build.course.modules[0]?.checkpoint.groups[0]?.questions ?? [];
    expect(questions.map((q) => [q.kind, q.answers])).toEqual([
      ['short', ['ls | wc -l', 'find . | wc -l']],
      ['short', ['|']],
      ['short', ['a | b', 'c \\', 'd']],
    ]);
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('paragraphs that read like an answer line', () => {
  it('are reported, since they are shown to learners as part of the question', async () => {
    const checkpoint = [
      '1. Rows of a cross join of 3 and 4?\n\n   Antwort: 12',
      '2. Rows of 2 and 5?\n\n   **Correct answer:** 10',
      '3. Rows of 1 and 1?\n\n   Answer — 1',
      '4. Why use key-value stores?\n\n   Key-value stores answer lookups fast.\n\n   Answers vary: compare with §1.1.',
      '5. Rows of 2 and 2?\n\n   Solution: see below.\n\n   Answer: 4',
    ].join('\n');
    const build = await courseFromFiles(review(`${checkpoint}\n`));
    expect(build.diagnostics.filter((d) => d.code === 'answer-label-unread').map((d) => `${d.severity} ${d.place.line}:${d.place.column} ${d.message.split(' reads')[0]}`)).toEqual([
      'warning 9:4 `Antwort:`',
      'warning 12:4 `Correct answer:`',
      'warning 15:4 `Answer —`',
    ]);
  });
});

describe('checkbox items', () => {
  it('keep the box out of the markdown of a choice or gate item, whatever starts its text', async () => {
    const files = review('1. Which are mutable?\n   - [x] `list`\n   - [x] dict\n   - [ ] *str*\n   - [ ] **tuple** of things\n');
    files['m1/06_revision.md'] += '\n## Completion gate\n\n- [ ] *Read* the explainer.\n- [x] `make test` passes.\n';
    const build = await courseFromFiles(files);
    const module = build.course.modules[0];
    expect(module?.checkpoint.groups[0]?.questions[0]?.choices.map((c) => [c.text.markdown, c.isCorrect])).toEqual([
      ['`list`', true],
      ['dict', true],
      ['*str*', false],
      ['**tuple** of things', false],
    ]);
    expect(module?.gate.map((g) => [g.text.markdown, g.isChecked])).toEqual([
      ['*Read* the explainer.', false],
      ['`make test` passes.', true],
    ]);
  });
});

describe('the plain text of rich text', () => {
  it('puts each list item, paragraph and table row on a line of its own', async () => {
    const checkpoint = '1. Explain the steps.\n\n   > Model answer:\n   > - parse the file\n   >   - then check it\n   > - export it\n   >\n   > | op | meaning |\n   > |---|---|\n   > | == | value |\n';
    const build = await courseFromFiles(review(checkpoint));
    const question = build.course.modules[0]?.checkpoint.groups[0]?.questions[0];
    expect(question?.modelAnswer?.text).toBe('parse the file\nthen check it\nexport it\n\nop | meaning\n== | value');
  });
});

