import { expect, it } from 'vitest';
import * as api from '../src/index.js';

it('exports exactly these names', () => {
  expect(Object.keys(api).sort()).toEqual(['SCHEMA_FILE_NAME', 'canonicalJson', 'courseDocument', 'jsonExporter']);
});
