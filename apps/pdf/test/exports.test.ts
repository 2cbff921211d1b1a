import { expect, test } from 'vitest';
import * as api from '../src/index.js';

test('the public API is exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BOOKLET_FILE',
    'BOOKLET_VOLUME',
    'TypstTemplateError',
    'assembleBooklet',
    'bookletPart',
    'exportBooklet',
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
