import { readFile, readdir } from 'node:fs/promises';
import { renderRuleDocs } from 'coursepack';
import { describe, expect, it } from 'vitest';

describe('docs/rules', () => {
  it('has one page per rule code, generated from the rules (run `npm run docs:rules` after changing a rule)', async () => {
    const dir = new URL('../../../docs/rules/', import.meta.url);
    const pages = await renderRuleDocs();
    expect((await readdir(dir)).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(await readFile(new URL(name, dir), 'utf8'), name).toBe(text);
  });
});
