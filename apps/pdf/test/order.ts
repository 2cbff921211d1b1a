import { expect } from 'vitest';

/** Text without whitespace and hyphens: line wrapping (pdftotext joins words hyphenated at a line end) never matters. */
export function squash(text: string): string {
  return text.replace(/[\s-]+/g, '');
}

/** Assert that each needle occurs in the text after the previous one; returns their positions. */
export function expectInOrder(text: string, needles: string[]): number[] {
  const hay = squash(text);
  let from = 0;
  return needles.map((needle) => {
    const at = hay.indexOf(squash(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + squash(needle).length;
    return at;
  });
}
