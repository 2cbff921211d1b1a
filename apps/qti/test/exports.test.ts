import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual([
    'exportQtiModule',
    'htmlToQti',
    'itemPath',
    'qti21Exporter',
    'qti30Exporter',
    'qtiItem',
    'qtiItemXml',
    'qtiManifest',
    'qtiManifestXml',
    'qtiModuleFiles',
    'qtiTest',
    'qtiTestXml',
  ]);
});
