import { loadCourse } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe('fixture courses (real module folders)', () => {
  it('nested-tracks: modules at any depth, a wrapper folder, links by relative path and by folder name', async () => {
    const build = await loadCourse(fixture('nested-tracks'));
    expect(build.diagnostics).toEqual([]);
    expect(build.course.modules.map((m) => [m.id, m.path])).toEqual([
      ['01_intro', 'track_a/01_intro'],
      ['02_next', 'track_b/deep/02_next'],
    ]);
    const [intro, next] = build.course.modules;
    expect(intro?.links.map((l) => l.target)).toEqual(['02_next', '02_next']);
    expect(next?.links.map((l) => l.target)).toEqual(['01_intro']);
    expect(intro?.checkpoint.groups[0]?.questions.map((q) => q.references.map((r) => [r.file, r.sections[0]?.resolved]))).toEqual([
      [['02_explainer.md', ['1.1']]],
      [['02_explainer.md', ['1.2']]],
    ]);
  });

  it('every-error: every problem of every file of every module in one run, each at its place', async () => {
    const build = await loadCourse(fixture('every-error'));
    expect(build.diagnostics.map((d) => `${d.place.file}:${d.place.line}:${d.place.column} ${d.code}`)).toEqual([
      'm1/02_explainer.md:5:1 heading-level-skip',
      'm1/02_explainer.md:9:1 section-duplicate-number',
      'm1/06_revision.md:7:41 reference-reversed-range',
      'm1/06_revision.md:8:18 reference-missing-file',
      'm1/06_revision.md:10:1 checkpoint-group-empty',
      'm1/06_revision.md:16:14 rubric-score-above-max',
      'm1/06_revision.md:17:1 rubric-criterion-unmatched',
      'm1/06_revision.md:17:1 rubric-max-not-number',
      'm1/06_revision.md:17:1 table-row-cells',
      'm1/06_revision.md:22:1 gate-item-not-checkbox',
      'm2/06_revision.md:7:1 choice-no-correct',
      'm2/06_revision.md:13:11 link-missing-module',
      'm2/06_revision.md:15:1 code-fence-unclosed',
    ]);
  });
});
