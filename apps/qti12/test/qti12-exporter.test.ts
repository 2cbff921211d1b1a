import type { CourseBuild, Question } from '@coursepack/core';
import { exportableModules } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { qti12Exporter, writeQtiAssessment } from '../src/index.js';
import { everyKindCourse } from './every-kind-course.js';
import { feedbackOf, itemsOf, metadataOf, qtiParser, readZip, type Xml } from './read-qti12-zip.js';

let build: CourseBuild;
let entries: Map<string, string>;
let bytes: Uint8Array;

beforeAll(async () => {
  build = await courseFromFiles(everyKindCourse);
  const [module] = exportableModules(build);
  if (!module || !qti12Exporter.exportModule) throw new Error('fixture module is not exportable');
  const result = await qti12Exporter.exportModule(module, build, { toolVersion: '0.0.0-test' });
  expect(result.files.map((f) => f.path)).toEqual(['m1.zip']);
  bytes = result.files[0]!.bytes;
  entries = await readZip(bytes);
});

function questionsOf(kind: 'checkpoint' | 'recall'): Question[] {
  const m = build.course.modules[0]!;
  return (kind === 'checkpoint' ? m.checkpoint.groups : m.recall.groups).flatMap((g) => g.questions);
}

function assessment(path: string): Xml {
  const text = entries.get(path);
  if (text === undefined) throw new Error(`no ${path} in the zip`);
  return qtiParser.parse(text).questestinterop.assessment;
}

describe('qti12Exporter', () => {
  it('names its exports deliberately', () => {
    expect(Object.keys(api).sort()).toEqual(['appendQtiItem', 'assetIdent', 'exportQti12Module', 'imageSources', 'qti12Exporter', 'qtiIdent', 'writeAssessmentMeta', 'writeQti12Manifest', 'writeQtiAssessment']);
  });

  it('fixture builds without diagnostics and has every question kind', () => {
    expect(build.diagnostics).toEqual([]);
    expect(new Set(questionsOf('checkpoint').map((q) => q.kind))).toEqual(new Set(['open', 'single', 'multiple', 'true-false', 'short', 'numeric']));
  });

  it('packs the checkpoint and the daily recall as two quizzes, each with Canvas metadata', () => {
    expect([...entries.keys()]).toEqual([
      'imsmanifest.xml',
      'm1.checkpoint/assessment_meta.xml',
      'm1.checkpoint/m1.checkpoint.xml',
      'm1.recall/assessment_meta.xml',
      'm1.recall/m1.recall.xml',
    ]);
    const manifest = qtiParser.parse(entries.get('imsmanifest.xml')!).manifest;
    const resources: Xml[] = manifest.resources.resource;
    expect(resources.map((r) => [r['@_identifier'], r['@_type']])).toEqual([
      ['m1.checkpoint', 'imsqti_xmlv1p2'],
      ['m1.checkpoint.meta', 'associatedcontent/imscc_xmlv1p1/learning-application-resource'],
      ['m1.recall', 'imsqti_xmlv1p2'],
      ['m1.recall.meta', 'associatedcontent/imscc_xmlv1p1/learning-application-resource'],
    ]);
    const meta = qtiParser.parse(entries.get('m1.checkpoint/assessment_meta.xml')!).quiz;
    expect([meta['@_identifier'], meta.quiz_type, meta.points_possible, meta.assignment.points_possible]).toEqual(['m1.checkpoint', 'assignment', '9.0', '9.0']);
    expect(qtiParser.parse(entries.get('m1.recall/assessment_meta.xml')!).quiz.quiz_type).toBe('practice_quiz');
  });

  it('gives the checkpoint one Canvas question group per checkpoint group', () => {
    const root = assessment('m1.checkpoint/m1.checkpoint.xml').section[0];
    expect(root['@_ident']).toBe('root_section');
    const groups: Xml[] = root.section;
    expect(groups.map((s) => [s['@_title'], s.item.length, s.selection_ordering.selection.selection_number, s.selection_ordering.selection.selection_extension.points_per_item])).toEqual([
      ['Conceptual', 2, '2', '2'],
      ['Objective', 5, '5', '1'],
    ]);
  });

  it('writes every question with its Canvas type, points, identifiers, answers and feedback', () => {
    const items = itemsOf(assessment('m1.checkpoint/m1.checkpoint.xml').section[0]);
    const questions = questionsOf('checkpoint');
    expect(items.map((i) => i['@_ident'])).toEqual(questions.map((q) => q.uid));
    const byKind = new Map<string, Xml>();
    for (const [index, item] of items.entries()) {
      const q = questions[index]!;
      const md = metadataOf(item);
      expect(item['@_label']).toBe(item['@_ident']);
      expect(md['points_possible']).toBe(String(q.points));
      if (!byKind.has(md['question_type']!)) byKind.set(md['question_type']!, item);
    }
    expect([...byKind.keys()].sort()).toEqual(['essay_question', 'multiple_answers_question', 'multiple_choice_question', 'numerical_question', 'short_answer_question', 'true_false_question']);

    const essay = byKind.get('essay_question');
    expect(essay.presentation.response_str['@_ident']).toBe('response1');
    const notes = feedbackOf(essay)['general_fb'];
    expect(notes).toContain('Rubric criterion: </strong>Conceptual (2 points)');
    expect(notes).toContain('02_explainer.md §1.1-§1.2');
    expect(notes).toContain('lifecycle state &#x26; lineage');

    const single = byKind.get('multiple_choice_question');
    const correctOf = (item: Xml): Xml => item.resprocessing.respcondition.find((c: Xml) => c.setvar !== undefined);
    expect(correctOf(single).conditionvar.varequal[0]['#text']).toBe('m1.store-b');
    expect(correctOf(single).setvar['#text']).toBe('100');
    expect(feedbackOf(single)).toEqual({
      'm1.store-a_fb': '<p>Bytes only.</p>',
      'm1.store-b_fb': '<p>Right: it tracks stages.</p>',
      correct_fb: '<p>The registry records stages.</p>',
      general_incorrect_fb: '<p>Re-read §1.2.</p>',
    });

    const multiple = byKind.get('multiple_answers_question');
    expect(multiple.presentation.response_lid['@_rcardinality']).toBe('Multiple');
    const and = correctOf(multiple).conditionvar.and;
    expect(and.varequal.map((v: Xml) => v['#text'])).toEqual(['m1.objective-2-a', 'm1.objective-2-b']);
    expect(and.not.varequal.map((v: Xml) => v['#text'])).toEqual(['m1.objective-2-c']);
    expect(feedbackOf(multiple)).toEqual({ general_fb: '<p>Both checks gate a release.</p>' });

    expect(correctOf(byKind.get('true_false_question')).conditionvar.varequal[0]['#text']).toBe('m1.objective-3-b');
    expect(correctOf(byKind.get('short_answer_question')).conditionvar.varequal.map((v: Xml) => v['#text'])).toEqual(['Production', 'prod']);
    const numeric = correctOf(byKind.get('numerical_question')).conditionvar;
    expect([numeric.vargte['#text'], numeric.varlte['#text']]).toEqual(['3.5', '4.5']);
  });

  it('uses no colon in any identifier', () => {
    for (const [path, text] of entries) {
      expect(path).not.toContain(':');
      for (const m of text.matchAll(/\b(?:ident|identifier|identifierref|linkrefid|label)="([^"]*)"/g)) expect(m[1], path).not.toContain(':');
    }
  });

  it('writes the daily recall as its own quiz', () => {
    const items = itemsOf(assessment('m1.recall/m1.recall.xml').section[0]);
    expect(items.map((i) => [i['@_ident'], metadataOf(i)['question_type']])).toEqual(questionsOf('recall').map((q) => [q.uid, q.kind === 'open' ? 'essay_question' : 'true_false_question']));
  });

  it('leaves points to the items when a group mixes point values, and says so', () => {
    const group = build.course.modules[0]!.checkpoint.groups[1]!;
    const mixed = { ...group, questions: group.questions.map((q, i) => ({ ...q, points: i === 0 ? 3 : 1 })) };
    const written = writeQtiAssessment({ ident: 'mixed', title: 'Mixed', groups: [mixed] }, { profile: 'canvas', module: 'm1' });
    const section = qtiParser.parse(written.xml).questestinterop.assessment.section[0].section[0];
    expect(section.selection_ordering.selection.selection_extension).toBeUndefined();
    expect(itemsOf(section).map((i) => metadataOf(i)['points_possible'])).toEqual(['3', '1', '1', '1', '1']);
    expect(written.diagnostics.map((d) => [d.code, d.place.line])).toEqual([['canvas-group-points-differ', group.place.line]]);
  });

  it('is deterministic: same input, same bytes', async () => {
    const again = await qti12Exporter.exportModule!(exportableModules(build)[0]!, build, { toolVersion: '0.0.0-test' });
    expect(Buffer.from(again.files[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});
