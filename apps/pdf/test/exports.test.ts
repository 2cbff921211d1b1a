import { expect, test } from 'vitest';
import * as api from '../src/index.js';

test('the public API is exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BOOKLET_FILE',
    'TypstTemplateError',
    'pdfExporter',
    'referenceText',
    'renderBooklet',
    'renderKey',
    'renderModulePdf',
    'renderWorksheet',
    'richBlocks',
    'richRuns',
    'sheetData',
  ]);
});
