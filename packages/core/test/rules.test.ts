import type { Diagnostic, ExampleFiles } from '@coursepack/core';
import { allRules, exportableModules, ruleUrl } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

/** Lines of an example file as the parser counts them (a BOM is not a character). */
function linesOf(content: ExampleFiles[string]): string[] {
  const text = typeof content === 'string' ? content : content instanceof Uint8Array ? new TextDecoder().decode(content) : '';
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

function expectInside(d: Diagnostic, files: ExampleFiles): void {
  // A finding about the folder as a whole points at the folder itself.
  if (d.code === 'course-no-modules') return expect(d.place).toEqual({ file: '', line: 1, column: 1, endLine: 1, endColumn: 1 });
  expect(Object.keys(files), `${d.code} points at a file of the example`).toContain(d.place.file);
  const lines = linesOf(files[d.place.file] ?? '');
  const { line, column, endLine, endColumn } = d.place;
  expect(line).toBeGreaterThanOrEqual(1);
  expect(endLine).toBeLessThanOrEqual(lines.length);
  expect(column).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1);
  expect(endColumn).toBeLessThanOrEqual((lines[endLine - 1]?.length ?? 0) + 1);
  expect(endLine > line || (endLine === line && endColumn >= column)).toBe(true);
}

// Where the first diagnostic of each rule's failing example must be (checked by reading the
// examples); null for a safety net that no known content trips, so has no failing example.
const FIRST_PLACE: Record<string, string | null> = {
  'answer-label-unread': 'm1/06_revision.md:15:4',
  'answer-tolerance-unread': 'm1/06_revision.md:13:1',
  'checkpoint-group-empty': 'm1/06_revision.md:15:1',
  'checkpoint-group-unscored': 'm1/06_revision.md:15:1',
  'checkpoint-list-ungrouped': 'm1/06_revision.md:11:1',
  'choice-no-correct': 'm1/06_revision.md:13:1',
  'code-fence-unclosed': 'm1/05_hands_on_lab.md:5:1',
  'config-invalid': 'coursepack.config.json:1:21',
  'course-no-modules': ':1:1',
  'cross-reference-missing-section': 'm1/06_revision.md:8:49',
  'encoding-invalid-utf8': 'm1/03_study_material.md:3:4',
  'file-name-unportable': 'm1/notes\\draft.md:1:1',
  'file-too-large': 'm1/03_study_material.md:1:1',
  'file-unreadable': 'm1/03_study_material.md:1:1',
  'gate-item-not-checkbox': 'm1/06_revision.md:27:1',
  'heading-level-skip': 'm1/02_explainer.md:5:1',
  'image-missing': 'm1/02_explainer.md:5:1',
  'image-too-large': 'm1/02_explainer.md:5:1',
  'download-too-large': 'm1/02_explainer.md:5:6',
  'image-too-many-pixels': 'm1/02_explainer.md:5:1',
  'image-unsupported': 'm1/02_explainer.md:5:1',
  'link-missing-file': 'm1/02_explainer.md:5:6',
  'link-missing-module': 'm1/06_revision.md:26:22',
  'link-not-packaged': 'm1/02_explainer.md:5:6',
  'list-item-misindented': 'm1/06_revision.md:14:3',
  'markdown-too-deep': 'm1/03_study_material.md:3:101',
  'markdown-too-dense': 'm1/03_study_material.md:3:1001',
  'model-schema': null,
  'module-duplicate-id': 'b/m1/06_revision.md:1:1',
  'module-id-not-portable': 'm01: intro/06_revision.md:1:1',
  'module-id-reserved': 'Course/06_revision.md:1:1',
  'module-id-too-long': 'm01_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_registries_/06_revision.md:1:1',
  'module-missing-review': 'm1/02_explainer.md:1:1',
  'numeric-answers-ignored': 'm1/06_revision.md:13:1',
  'path-outside-root': 'm1/06_revision.md:26:14',
  'pdf-font-unusable': 'coursepack.config.json:4:5',
  'question-duplicate': 'm1/06_revision.md:14:1',
  'question-duplicate-id': 'm1/06_revision.md:14:1',
  'question-empty-prompt': 'm1/06_revision.md:14:1',
  'question-invalid-attribute': 'm1/06_revision.md:13:4',
  'question-missing-answer': 'm1/06_revision.md:13:1',
  'reference-missing-file': 'm1/06_revision.md:13:28',
  'reference-missing-section': 'm1/06_revision.md:13:46',
  'reference-reversed-range': 'm1/06_revision.md:13:46',
  'review-section-unread': 'm1/06_revision.md:28:1',
  'rubric-criterion-unmatched': 'm1/06_revision.md:21:1',
  'rubric-max-not-number': 'm1/06_revision.md:20:19',
  'rubric-missing-total': 'm1/06_revision.md:18:1',
  'rubric-score-above-max': 'm1/06_revision.md:20:14',
  'rubric-total-mismatch': 'm1/06_revision.md:22:1',
  'section-duplicate-number': 'm1/02_explainer.md:13:1',
  'table-row-cells': 'm1/06_revision.md:20:1',
};

describe('every rule, by its own examples', () => {
  it('has a permanent kebab-case code, docs and both examples', () => {
    const codes = allRules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of allRules) {
      expect(rule.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(Object.keys(rule.examples.pass).length).toBeGreaterThan(0);
      if (FIRST_PLACE[rule.code] === null) expect(rule.examples.fail).toBeNull();
      else expect(Object.keys(rule.examples.fail ?? {}).length).toBeGreaterThan(0);
    }
    expect(Object.keys(FIRST_PLACE).sort()).toEqual([...codes].sort());
  });

  describe.each(allRules.map((r) => [r.code, r] as const))('%s', (code, rule) => {
    it('passes its passing example with no diagnostic at all', async () => {
      const build = await courseFromFiles(rule.examples.pass);
      expect(build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line} ${d.message}`)).toEqual([]);
    });

    const fail = rule.examples.fail;
    if (fail === null) return;
    it('reports its failing example with code, url, severity and a place inside the file', async () => {
      const build = await courseFromFiles(fail);
      const mine = build.diagnostics.filter((d) => d.code === code);
      expect(mine.length, `diagnostics: ${JSON.stringify(build.diagnostics.map((d) => d.code))}`).toBeGreaterThan(0);
      for (const d of mine) {
        expect(d.url).toBe(ruleUrl(code));
        expect(d.severity).toBe(rule.severity);
        expect(d.message).not.toMatch(/^error:/i);
        expectInside(d, fail);
      }
      const first = mine[0]!;
      expect(`${first.place.file}:${first.place.line}:${first.place.column}`).toBe(FIRST_PLACE[code]);
    });

    // Only an error keeps anything from export.
    if (rule.severity === 'error') {
      it('keeps from export what its docs say: its module, or nothing when it is about the course', async () => {
        const build = await courseFromFiles(fail);
        const exported = new Set(exportableModules(build).map((m) => m.id));
        for (const d of build.diagnostics.filter((x) => x.code === code)) {
          if (rule.scope === 'course') {
            expect(d.module).toBeNull();
            expect(exported.size).toBe(build.course.modules.length);
          } else {
            expect(d.module).not.toBeNull();
            expect(exported.has(d.module as string)).toBe(false);
          }
        }
      });
    }
  });
});

describe('the model-schema safety net', () => {
  it('reports, at the question, a model the schema refuses, though no known content makes one', async () => {
    const rule = allRules.find((r) => r.code === 'model-schema');
    if (!rule) throw new Error('no model-schema rule');
    const build = await courseFromFiles(rule.examples.pass);
    // What a bug in the model builder could make: an id no export format accepts.
    const course = structuredClone(build.course);
    const question = course.modules[0]?.checkpoint.groups[0]?.questions[0];
    if (!question) throw new Error('no question');
    question.id = '-registry';
    const reported: { line: number; message: string; module: string | null | undefined }[] = [];
    rule.check({ course, documents: new Map(), findings: [], moduleOf: () => null, report: (place, message, extra) => reported.push({ line: place.line, message, module: extra?.module }) });
    expect(reported).toEqual([{ line: question.place?.line, message: 'The id (`"-registry"`) must match ^[A-Za-z0-9_][A-Za-z0-9_.-]*$', module: 'm1' }]);
    reported.length = 0;
    rule.check({ course: build.course, documents: new Map(), findings: [], moduleOf: () => null, report: (place, message) => reported.push({ line: place.line, message, module: null }) });
    expect(reported).toEqual([]);
  });
});
