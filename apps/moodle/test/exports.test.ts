import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'MAX_SHARED_CORRECT',
    'RECALL_CATEGORY',
    'categoryPath',
    'choiceFractions',
    'graderInfoHtml',
    'moodleExporter',
    'nonQuestionParts',
    'plainNumber',
    'questionName',
    'questionSets',
    'quizXml',
    'referencesHtml',
    'replaceAssetImages',
  ]);
});
