import { expect, test } from 'vitest';
import { richBlocks, richRuns } from '../src/index.js';

const rich = (html: string) => ({ markdown: '', text: '', html });

test('inline HTML becomes styled runs of plain text', () => {
  expect(richRuns(rich('<p>See <code>02_explainer.md</code> §1.3 — <strong>now <em>really</em></strong> &amp; <a href="x">here</a>.</p>'))).toEqual([
    { text: 'See ', style: 'plain' },
    { text: '02_explainer.md', style: 'code' },
    { text: ' §1.3 — ', style: 'plain' },
    { text: 'now ', style: 'strong' },
    { text: 'really', style: 'emph' },
    { text: ' & here.', style: 'plain' },
  ]);
});

test('block HTML keeps paragraphs, lists, code and quotations', () => {
  const blocks = richBlocks(rich('<p>One</p>\n<ol><li>first</li><li><p>second</p><ul><li>nested</li></ul></li></ol>\n<pre><code>#panic("x")\n</code></pre><blockquote><p>quoted</p></blockquote>'));
  expect(blocks).toEqual([
    { type: 'par', runs: [{ text: 'One', style: 'plain' }] },
    {
      type: 'list',
      ordered: true,
      items: [
        [{ type: 'par', runs: [{ text: 'first', style: 'plain' }] }],
        [{ type: 'par', runs: [{ text: 'second', style: 'plain' }] }, { type: 'list', ordered: false, items: [[{ type: 'par', runs: [{ text: 'nested', style: 'plain' }] }]] }],
      ],
    },
    { type: 'code', text: '#panic("x")' },
    { type: 'quote', blocks: [{ type: 'par', runs: [{ text: 'quoted', style: 'plain' }] }] },
  ]);
});

test('several paragraphs flatten into one line of runs for prompts and choices', () => {
  expect(richRuns(rich('<p>a</p><p><code>b</code></p>'))).toEqual([
    { text: 'a', style: 'plain' },
    { text: ' ', style: 'plain' },
    { text: 'b', style: 'code' },
  ]);
});

test('an image becomes its own run: printed when its src has a file, else by its alt text, never merged with text', () => {
  const images = new Map([['assets/a%20b.png', { file: '/assets/00ff.png', width: 12 }]]);
  const html = '<p>See <img src="assets/a%20b.png" alt="the  chart"> and <img src="https://example.org/x.png" alt="#panic()"><img src="assets/gone.png" alt=""></p>';
  expect(richRuns(rich(html), images)).toEqual([
    { text: 'See ', style: 'plain' },
    { style: 'image', text: 'the chart', file: '/assets/00ff.png', width: 12 },
    { text: ' and ', style: 'plain' },
    { style: 'image', text: '#panic()', file: null, width: null },
    { style: 'image', text: '', file: null, width: null },
  ]);
  expect(richBlocks(rich('<p><img src="assets/a%20b.png" alt="x"></p>'))).toEqual([{ type: 'par', runs: [{ style: 'image', text: 'x', file: null, width: null }] }]);
});

test('a collapsed block prints open, its summary in bold as its first line', () => {
  expect(richBlocks(rich('<p>Name the store.</p>\n<details><summary>Hint</summary><p>It starts with <strong>R</strong>.</p></details>'))).toEqual([
    { type: 'par', runs: [{ text: 'Name the store.', style: 'plain' }] },
    { type: 'par', runs: [{ text: 'Hint', style: 'strong' }] },
    { type: 'par', runs: [{ text: 'It starts with ', style: 'plain' }, { text: 'R', style: 'strong' }, { text: '.', style: 'plain' }] },
  ]);
});

test('a table keeps its rows and cells, its header apart, its columns aligned as written; short rows are padded', () => {
  const cell = (text: string, style: 'plain' | 'code' = 'plain') => [{ type: 'par', runs: [{ text, style }] }];
  const html = '<table>\n<thead>\n<tr>\n<th align="left">op</th>\n<th align="right">compares</th>\n<th>note</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><code>==</code></td>\n<td>value</td>\n</tr>\n</tbody>\n</table>';
  expect(richBlocks(rich(html))).toEqual([
    { type: 'table', align: ['left', 'right', null], head: [[cell('op'), cell('compares'), cell('note')]], rows: [[cell('==', 'code'), cell('value'), []]] },
  ]);
  // Where one line is all there is, the cells still stand apart.
  expect(richRuns(rich(html)).map((r) => r.text).join('')).toBe('op compares note == value');
});

test('an ordered list that starts at another number keeps it', () => {
  expect(richBlocks(rich('<ol start="3"><li>third</li></ol><ol start="0"><li>zeroth</li></ol><ol start="1"><li>first</li></ol>'))).toEqual([
    { type: 'list', ordered: true, start: 3, items: [[{ type: 'par', runs: [{ text: 'third', style: 'plain' }] }]] },
    { type: 'list', ordered: true, start: 0, items: [[{ type: 'par', runs: [{ text: 'zeroth', style: 'plain' }] }]] },
    { type: 'list', ordered: true, items: [[{ type: 'par', runs: [{ text: 'first', style: 'plain' }] }]] },
  ]);
});

test('raises an exponent, lowers an index, and prints a key as code', () => {
  expect(richRuns(rich('<p>10<sup>-3</sup> per H<sub>2</sub>O; press <kbd>Esc</kbd>.</p>'))).toEqual([
    { text: '10', style: 'plain' },
    { text: '-3', style: 'sup' },
    { text: ' per H', style: 'plain' },
    { text: '2', style: 'sub' },
    { text: 'O; press ', style: 'plain' },
    { text: 'Esc', style: 'code' },
    { text: '.', style: 'plain' },
  ]);
});

test('an alert prints as a quotation under its title in bold', () => {
  const html = '<div class="markdown-alert markdown-alert-tip">\n<p class="markdown-alert-title">Tipp</p>\n<p>Count <em>first</em>.</p>\n</div>';
  expect(richBlocks(rich(html))).toEqual([
    {
      type: 'quote',
      blocks: [
        { type: 'par', runs: [{ text: 'Tipp', style: 'strong' }] },
        { type: 'par', runs: [{ text: 'Count ', style: 'plain' }, { text: 'first', style: 'emph' }, { text: '.', style: 'plain' }] },
      ],
    },
  ]);
  // A plain div (a collapsed block's wrapper) still prints its content as it stands.
  expect(richBlocks(rich('<div><p>as is</p></div>'))).toEqual([{ type: 'par', runs: [{ text: 'as is', style: 'plain' }] }]);
});
