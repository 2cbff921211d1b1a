import { describe, expect, it } from 'vitest';
import type { Element } from 'xast';
import type { HtmlToQtiOptions } from '../src/index.js';
import { htmlToQti } from '../src/index.js';
import { xmlDocument } from '../src/xml-document.js';

function render(html: string, options: HtmlToQtiOptions = {}): string {
  const root: Element = { type: 'element', name: 'div', attributes: {}, children: htmlToQti(html, options) };
  return xmlDocument(root).replace(/^<\?xml[^>]*>\n/, '').trim();
}

describe('htmlToQti', () => {
  it('closes void elements and escapes text, as XML needs', () => {
    expect(render('<p>a &lt; b &amp; c<br>d</p><hr>')).toMatchInlineSnapshot(`"<div><p>a &lt; b &amp; c<br/>d</p><hr/></div>"`);
  });

  it('renames elements QTI lacks and keeps their name as a class', () => {
    expect(render('<p><del>old</del> new</p><section class="footnotes"><ol><li>x</li></ol></section>')).toMatchInlineSnapshot(`"<div><p><span class="del">old</span> new</p><div class="footnotes section"><ol><li>x</li></ol></div></div>"`);
  });

  it('drops task-list checkboxes, ids and attributes QTI does not allow', () => {
    expect(render('<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> done</li></ul><h2 id="user-content-x">T</h2><td align="left">c</td>')).toMatchInlineSnapshot(`"<div><ul class="contains-task-list"><li class="task-list-item"> done</li></ul><h2>T</h2>c</div>"`);
  });

  it('keeps links with an href and images with a source, giving images an alt', () => {
    expect(render('<p><a href="https://example.org/?a=1&amp;b=2">x</a><a>y</a><img src="i.png"><img alt="no source"></p>')).toMatchInlineSnapshot(`"<div><p><a href="https://example.org/?a=1&amp;b=2">x</a><span>y</span><img src="i.png" alt=""/></p></div>"`);
  });

  it('writes each image where imageSource says, leaving one it refuses as its alt text', () => {
    const imageSource = (src: string): string | null => (src.startsWith('https:') ? src : src === 'assets/gone.png' ? null : `../${src}`);
    expect(render('<p><img src="assets/a%20b.png" alt="A"><img src="https://example.org/r.png" alt="R"><img src="assets/gone.png" alt="Gone"><img src="assets/gone.png"></p>', { imageSource })).toMatchInlineSnapshot(`"<div><p><img src="../assets/a%20b.png" alt="A"/><img src="https://example.org/r.png" alt="R"/>Gone</p></div>"`);
  });

  it('repairs HTML that is not well-formed XML', () => {
    expect(render('<p>one<p>two <b>bold <i>both</b> italic')).toMatchInlineSnapshot(`"<div><p>one</p><p>two <b>bold <i>both</i></b><i> italic</i></p></div>"`);
  });
});
