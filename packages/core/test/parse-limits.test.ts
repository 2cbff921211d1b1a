import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { MAX_INLINE_MARKS } from '../src/parse/parse-limits.js';
import { MAX_MARKDOWN_DEPTH, parseMarkdownChecked } from '../src/parse/parse-markdown.js';

const refused = (text: string) => {
  const result = parseMarkdownChecked(text);
  return result.ok ? 'read' : `${result.limit} ${result.line}:${result.column}`;
};

function markdownUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? markdownUnder(full) : name.endsWith('.md') ? [full] : [];
  });
}

describe('parse limits', () => {
  it('read every file of the bundled course as the parser alone does', () => {
    const plain = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
    const files = markdownUnder('content');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const result = parseMarkdownChecked(text);
      expect(result.ok, file).toBe(true);
      // Task items are mended after the parse (their paragraph starts after the box); the rest is the parser's.
      const withoutPositions = (tree: unknown) => JSON.stringify(tree, (key, value) => (key === 'position' ? undefined : value));
      if (result.ok) expect(withoutPositions(result.tree), file).toBe(withoutPositions(plain.parse(text)));
    }
  });

  it('stop at the first quote or list item nested past the limit, on one line or over many', () => {
    const limit = MAX_MARKDOWN_DEPTH;
    expect(refused(`Intro.\n\n${'>'.repeat(50_000)} deep\n`)).toBe(`depth 3:${limit + 1}`);
    expect(refused(`Intro.\n\n${'> '.repeat(limit + 1)}deep\n`)).toBe(`depth 3:${2 * limit + 1}`);
    // A list item is two levels: the list and the item.
    expect(refused(`Intro.\n\n${'- '.repeat(limit / 2 + 1)}deep\n`)).toBe(`depth 3:${limit + 1}`);
    // Three levels a `> - `: the 34th list passes 100.
    expect(refused(`Intro.\n\n${'> - '.repeat(limit)}deep\n`)).toBe(`depth 3:${33 * 4 + 3}`);
    // Five quotes deeper on every line: the line where the 101st opens, at that quote.
    const growing = Array.from({ length: 30 }, (_, i) => `${'>'.repeat(5 * i + 1)} line ${i + 1}`).join('\n');
    expect(refused(`Intro.\n\n${growing}\n`)).toBe(`depth 23:${limit + 1}`);
    // Indented a thousand lists deep: stopped at the 51st, before the time spent grows with depth.
    const lists = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(refused(`Intro.\n\n${lists}\n`)).toBe(`depth ${limit / 2 + 3}:${limit + 1}`);
  });

  it('count a container once, and not what only looks like one', () => {
    // A quote 98 deep (its paragraph's text is the 100th level) kept over many lines, and new
    // items beside old ones, never add up.
    const kept = Array.from({ length: 200 }, () => `${'>'.repeat(MAX_MARKDOWN_DEPTH - 2)} same depth`).join('\n');
    expect(refused(`${kept}\n`)).toBe('read');
    const siblings = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i % 40)}- item ${i}`).join('\n');
    expect(refused(`${siblings}\n`)).toBe('read');
    // Code, thematic breaks and escaped markers open nothing.
    expect(refused(`\`\`\`\n${'>'.repeat(500)}\n${'- '.repeat(500)}\n\`\`\`\n`)).toBe('read');
    expect(refused(`${'* '.repeat(500)}\n`)).toBe('read');
    expect(refused(`${'\\> '.repeat(500)}\n`)).toBe('read');
  });

  it('stop at the first paragraph with more emphasis, strikethrough and link marks than can be paired in time', () => {
    const over = MAX_INLINE_MARKS + 1;
    // `*a* ` holds two marks: the one past the limit opens repetition number (limit / 2 + 1).
    expect(refused(`# Title\n\n${'*a* '.repeat(over / 2 + 1)}\n`)).toBe(`marks 3:${(MAX_INLINE_MARKS / 2) * 4 + 1}`);
    // A run counts by its length, as it is paired mark by mark.
    expect(refused(`${'*'.repeat(over)}a${'*'.repeat(over)}\n`)).toBe(`marks 1:1`);
    expect(refused(`x ${'_'.repeat(MAX_INLINE_MARKS / 2)}a${'_'.repeat(MAX_INLINE_MARKS / 2)} y\n`)).not.toMatch(/^marks/);
    expect(refused(`${'a~ '.repeat(over)}\n`)).toBe(`marks 1:${MAX_INLINE_MARKS * 3 + 2}`);
    expect(refused(`${'[a]'.repeat(over)}\n`)).toMatch(/^marks 1:/);
    // Over lines of one paragraph, and in a heading.
    expect(refused(`${'a* b\n'.repeat(over)}`)).toBe(`marks ${over}:2`);
    expect(refused(`## ${'*a'.repeat(over)}\n`)).toBe(`marks 1:${MAX_INLINE_MARKS * 2 + 4}`);
  });

  it('count each paragraph, heading and table cell on its own, and no mark in code or escaped', () => {
    const dense = `Some **bold** and *emphasis*, ~~struck~~ and a [link](x). `.repeat(Math.floor(MAX_INLINE_MARKS / 12));
    expect(refused(Array.from({ length: 50 }, () => dense).join('\n\n'))).toBe('read');
    const table = `| a | b |\n|---|---|\n${'| **x** *y* [z] | ~~w~~ _v_ |\n'.repeat(MAX_INLINE_MARKS)}`;
    expect(refused(table)).toBe('read');
    const list = Array.from({ length: MAX_INLINE_MARKS }, (_, i) => `- **term ${i}**: [a link](x)`).join('\n');
    expect(refused(list)).toBe('read');
    expect(refused(`\`${'*a'.repeat(2 * MAX_INLINE_MARKS)}\`\n`)).toBe('read');
    expect(refused(`\`\`\`\n${'*a'.repeat(2 * MAX_INLINE_MARKS)}\n\`\`\`\n`)).toBe('read');
    expect(refused(`${'\\*a'.repeat(2 * MAX_INLINE_MARKS)}\n`)).toBe('read');
  });
});
