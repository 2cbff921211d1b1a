import { describe, expect, it } from 'vitest';
import { replaceAssetImages } from '../src/index.js';

const ASSETS = [
  { path: 'm/img/a.png', href: 'assets/m/img/a.png' },
  { path: 'shared/b c.png', href: 'assets/shared/b%20c.png' },
];

describe('replaceAssetImages', () => {
  it('replaces only the images of the given assets, keeping every other byte', () => {
    const html = '<p>A <img src="assets/m/img/a.png" alt="x &#x26; y"> B <img src="https://example.org/r.png" alt="r"> C <img src="assets/shared/b%20c.png" alt="bc"></p>\n<pre><code>&#x3C;img src="assets/m/img/a.png"></code></pre>';
    const seen: string[] = [];
    const out = replaceAssetImages(html, ASSETS, ({ asset, element }) => {
      seen.push(`${asset.path}|${String(element.properties['alt'])}`);
      return `[${asset.path}]`;
    });
    expect(seen).toEqual(['m/img/a.png|x & y', 'shared/b c.png|bc']);
    expect(out).toBe('<p>A [m/img/a.png] B <img src="https://example.org/r.png" alt="r"> C [shared/b c.png]</p>\n<pre><code>&#x3C;img src="assets/m/img/a.png"></code></pre>');
  });

  it('keeps an image when told to, and returns text without such images as it was', () => {
    const html = '<p><img src="assets/m/img/a.png" alt=""></p>';
    expect(replaceAssetImages(html, ASSETS, () => null)).toBe(html);
    expect(replaceAssetImages(html, [], () => 'x')).toBe(html);
    expect(replaceAssetImages('<p>no image &#x3C;img></p>', ASSETS, () => 'x')).toBe('<p>no image &#x3C;img></p>');
  });
});
