import { describe, expect, it } from 'vitest';
import { disableLinks, rewriteLinks } from '../src/index.js';

describe('links in serialized HTML', () => {
  const html = '<p><a href="02_explainer.md#sec-1" title="x">one</a> and <a class="k" href="a&#x26;b.md">two</a>; <code>&#x3C;a href="02_explainer.md"></code></p>';

  it('are moved where the rewrite says, with & and quotes escaped, and text that looks like a tag is left alone', () => {
    const moved = rewriteLinks(html, (href) => (href === '02_explainer.md#sec-1' ? 'explainer.html#sec-1' : href === 'a&b.md' ? 'a"&b.html' : href));
    expect(moved).toBe('<p><a href="explainer.html#sec-1" title="x">one</a> and <a class="k" href="a&#x22;&#x26;b.html">two</a>; <code>&#x3C;a href="02_explainer.md"></code></p>');
  });

  it('lose their href, and say why, where the keep test refuses them', () => {
    expect(disableLinks(html, (href) => href !== 'a&b.md')).toBe('<p><a href="02_explainer.md#sec-1" title="x">one</a> and <a class="k" title="Not included in this package">two</a>; <code>&#x3C;a href="02_explainer.md"></code></p>');
  });
});
