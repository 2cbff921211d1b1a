import { textDirection } from '@coursepack/core';
import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Registries\n\n## Embedded checkpoint\n\n### Conceptual\n\n1. Which?\n   - [x] Yes\n   - [ ] No\n';

describe('the course language', () => {
  it('is English unless configured, and is kept as a canonical language tag', async () => {
    expect((await courseFromFiles({ 'm1/06_revision.md': REVIEW })).course.language).toBe('en');
    const swiss = await courseFromFiles({ 'coursepack.config.json': '{ "language": "DE-ch" }', 'm1/06_revision.md': REVIEW });
    expect(swiss.diagnostics).toEqual([]);
    expect(swiss.course.language).toBe('de-CH');
  });

  it('refuses what is no language tag, and keeps English', async () => {
    for (const value of ['"english"', '"e"', '"en_US"', '"en-"', '42', 'null']) {
      const build = await courseFromFiles({ 'coursepack.config.json': `{ "language": ${value} }`, 'm1/06_revision.md': REVIEW });
      expect(build.diagnostics.map((d) => `${d.code} ${d.message}`), value).toEqual(['config-invalid `language` must be a language tag such as `en`, `de-CH` or `ar` (at `/language`)']);
      expect(build.course.language).toBe('en');
    }
  });

  it('runs right to left for languages written in a right-to-left script, by the tag or the language', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'dv', 'yi', 'ps', 'az-Arab', 'ckb']) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ['en', 'de-CH', 'zh-Hans', 'ja', 'ru', 'hi', 'ar-Latn', 'az', 'tr']) expect(textDirection(tag), tag).toBe('ltr');
  });
});

describe('the course title', () => {
  it('is the configured text, trimmed, and the folder name when the configured one is blank', async () => {
    expect((await courseFromFiles({ 'coursepack.config.json': '{ "title": "  MLOps  " }', 'm1/06_revision.md': REVIEW })).course.title).toBe('MLOps');
    // An empty title named the SCORM packages, the cartridge and the booklet nothing at all.
    for (const blank of ['""', '"   "']) {
      const build = await courseFromFiles({ 'coursepack.config.json': `{ "title": ${blank} }`, 'm1/06_revision.md': REVIEW });
      expect(build.diagnostics.map((d) => d.code)).toEqual(['config-invalid']);
      expect(build.course.title).not.toBe('');
    }
  });
});
