import fc from 'fast-check';
import gift from 'gift-pegjs';
import { expect, it } from 'vitest';
import { escapeGift } from '../src/index.js';

it('escapes any text so that gift-pegjs reads it back as written', () => {
  // GIFT readers (Moodle's and gift-pegjs) use `&&058;`-style placeholders internally, so a literal
  // `&&0` cannot survive either; our HTML never holds one (the renderer escapes every `&`).
  const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('&&') && s.trim() === s && s.trim() !== '');
  fc.assert(
    fc.property(text, text, (title, body) => {
      const [q] = gift.parse(`::${escapeGift(title)}::[html]${escapeGift(body)}{}\n`);
      const clean = (s: string): string => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
      expect(q?.type === 'Essay' ? [q.title, q.stem.text] : null).toEqual([clean(title), clean(body).trim()]);
    }),
    { numRuns: 300 },
  );
});

it('escapes each special character with a backslash and keeps a question on one line', () => {
  expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni');
});
