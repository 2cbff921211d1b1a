import type { Course } from '@coursepack/core';
import * as kit from '@coursepack/export-kit';
import { escapeXml, fileBytes, joinModuleDocuments, mapConcurrently, mergeZips, readPart, stripInvalidXmlChars, textFile, xmlDocument, zipFiles } from '@coursepack/export-kit';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { solidPng } from '@coursepack/test-kit';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

describe('@coursepack/export-kit', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(kit).sort()).toEqual(['XmlElement', 'assetFiles', 'collectFiles', 'disableLinks', 'downloadFiles', 'escapeXml', 'exportNotice', 'fileBytes', 'isStreamed', 'joinModuleDocuments', 'linkableFiles', 'linkedFile', 'listWords', 'mapConcurrently', 'mergeZips', 'moduleFiles', 'packageHref', 'readPart', 'rewriteLinks', 'stripInvalidXmlChars', 'textFile', 'withoutPageLinks', 'xmlDocument', 'zipFiles']);
  });

  it('collects streamed files one after another, in order, beside files already in bytes', async () => {
    const events: string[] = [];
    const streamed = (name: string) => ({
      path: name,
      async *stream() {
        events.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        yield new TextEncoder().encode(name);
        events.push(`end ${name}`);
      },
    });
    const collected = await kit.collectFiles({ files: [streamed('a'), textFile('b', 'bytes'), streamed('c')], diagnostics: [] });
    expect(collected.files.map((f) => [f.path, Buffer.from(f.bytes).toString()])).toEqual([['a', 'a'], ['b', 'bytes'], ['c', 'c']]);
    expect(events).toEqual(['start a', 'end a', 'start c', 'end c']);
  });

  it('zips deterministically: sorted entries, fixed dates, same bytes whatever the input order', async () => {
    const a = await zipFiles([textFile('b.txt', 'two'), textFile('a/c.txt', 'three'), textFile('a.txt', 'one')]);
    const b = await zipFiles([textFile('a.txt', 'one'), textFile('b.txt', 'two'), textFile('a/c.txt', 'three')]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const zip = await JSZip.loadAsync(a);
    expect(Object.keys(zip.files)).toEqual(['a.txt', 'a/c.txt', 'b.txt']);
    expect(zip.files['a.txt']?.date.getFullYear()).toBe(1980);
    expect(await zip.files['a/c.txt']?.async('string')).toBe('three');
    await expect(zipFiles([textFile('x', '1'), textFile('x', '2')])).rejects.toThrow('duplicate entry x');
  });

  it('writes a package path as a relative URL: each name percent-encoded, / and .. kept', () => {
    expect(kit.packageHref('m #1 & more/img/a b?.png')).toBe('m%20%231%20%26%20more/img/a%20b%3F.png');
    expect(kit.packageHref('m%20two/review.html')).toBe('m%2520two/review.html');
    expect(kit.packageHref('../../m1/é.html')).toBe('../../m1/%C3%A9.html');
    for (const path of ['m #1/a%b', 'x/y z/ü?#']) expect(decodeURIComponent(kit.packageHref(path))).toBe(path);
  });

  it('refuses an entry name that would leave the archive folder when unpacked', async () => {
    for (const name of ['../evil.sh', 'assets/../../evil.sh', 'a/./b', '/etc/cron.d/x', 'C:/x', 'a\\b', 'a//b', 'a/', '', 'a\0b']) {
      await expect(zipFiles([textFile(name, 'x')]), name).rejects.toThrow('zipFiles: refusing the entry');
    }
    // Names that only look odd stay: dots inside a name, spaces, non-ASCII.
    const zip = await JSZip.loadAsync(await zipFiles([textFile('a/..b/c..d', '1'), textFile('é t/.hidden', '2'), textFile('x/a:b.png', '3')]));
    expect(Object.keys(zip.files).sort()).toEqual(['a/..b/c..d', 'x/a:b.png', 'é t/.hidden']);
    // An archive made elsewhere with such a name is refused when merged, before anything is written.
    const crafted = await new JSZip().file('../evil.sh', 'x', { createFolders: false }).generateAsync({ type: 'uint8array' });
    await expect(fileBytes({ path: 'm.zip', stream: () => mergeZips(async function* () { yield crafted; }) })).rejects.toThrow('mergeZips: refusing the entry "../evil.sh"');
  });

  it('stores images that are compressed already, and deflates everything else', async () => {
    const png = solidPng(40, 40);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><title>${'a diagram '.repeat(50)}</title></svg>`;
    const zip = await zipFiles([{ path: 'a.png', bytes: png }, textFile('b.svg', svg), textFile('c.html', `<p>${'text '.repeat(100)}</p>`)]);
    // Each local file header gives its compression method: 0 stored, 8 deflated.
    const methods: Record<string, number> = {};
    const view = Buffer.from(zip);
    for (let at = view.indexOf('PK\x03\x04', 0, 'latin1'); at >= 0; at = view.indexOf('PK\x03\x04', at + 4, 'latin1')) {
      methods[view.toString('utf8', at + 30, at + 30 + view.readUInt16LE(at + 26))] = view.readUInt16LE(at + 8);
    }
    expect(methods).toEqual({ 'a.png': 0, 'b.svg': 8, 'c.html': 8 });
    const read = await JSZip.loadAsync(zip);
    expect(Buffer.from(await read.files['a.png']!.async('uint8array')).equals(Buffer.from(png))).toBe(true);
  });

  it('escapes XML text and drops characters XML 1.0 cannot carry', () => {
    expect(escapeXml('a < b & "c" > d\u0007')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(stripInvalidXmlChars('ok\u0000\uFFFE\t\n')).toBe('ok\t\n');
  });

  it('builds XML documents: indented structure, text on one line, every value escaped', () => {
    const doc = xmlDocument();
    const root = doc.ele('urn:a', 'root', { id: 'r&1', skipped: undefined, 'xmlns:p': 'urn:p' });
    root.ele('title').txt('AT&amp;T <b> "q"\u0000 > end');
    root.ele('empty');
    root.ele('blank').txt('');
    root.ele('html').dat('<p>a & b</p>');
    // A prefix or default namespace already in scope is not declared again; a new one is.
    root.ele('urn:p', 'p:kept').ele('urn:a', 'inner').txt(3);
    root.ele('urn:q', 'q:new');
    expect(doc.end()).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<root xmlns="urn:a" id="r&amp;1" xmlns:p="urn:p">',
        '  <title>AT&amp;amp;T &lt;b&gt; "q" &gt; end</title>',
        '  <empty/>',
        '  <blank/>',
        '  <html><![CDATA[<p>a & b</p>]]></html>',
        '  <p:kept>',
        '    <inner>3</inner>',
        '  </p:kept>',
        '  <q:new xmlns:q="urn:q"/>',
        '</root>',
      ].join('\n'),
    );
    // What a parser reads back is exactly what was put in (less what XML cannot carry).
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(doc.end());
    expect(parsed.root.title).toBe('AT&amp;T <b> "q" > end');
    expect(parsed.root['@_id']).toBe('r&1');
    expect(() => root.ele('x').dat('a]]>b')).toThrow(']]>');
    expect(root.ele('y').up()).toBe(root);
  });

  it('joins one-module documents into a course document as it reads them, and refuses one out of form', async () => {
    const course = { modules: [{ id: 'm1' }, { id: 'm2' }, { id: 'm3' }] } as unknown as Course;
    const docs: Record<string, string> = { m1: '<q>\nA\n</q>\n', m3: '<q>\nC\n</q>\n' };
    const reads: string[] = [];
    const read = async (id: string) => {
      reads.push(id);
      return docs[id] ? [textFile('x', docs[id])] : [];
    };
    const frame = { open: '<q>\n', close: '</q>\n', separator: '' };
    const text = (path: string, stream: () => AsyncIterable<Uint8Array>) => fileBytes({ path, stream }).then((b) => new TextDecoder().decode(b));
    const joined = joinModuleDocuments(course, read, frame, () => 'none');
    // Nothing is read until the output asks for it, then one module at a time.
    expect(reads).toEqual([]);
    expect(new TextDecoder().decode((await joined.next()).value as Uint8Array)).toBe('<q>\nA\n');
    expect(reads).toEqual(['m1']);
    expect(await text('c', () => joinModuleDocuments(course, read, frame, () => 'none'))).toBe('<q>\nA\nC\n</q>\n');
    expect(await text('c', () => joinModuleDocuments({ modules: [] } as unknown as Course, read, frame, () => 'none'))).toBe('none');
    docs['m2'] = 'not framed';
    await expect(text('c', () => joinModuleDocuments(course, read, frame, () => 'none'))).rejects.toThrow('module m2');
  });

  it('maps with at most the given number of calls at a time, keeping the input order', async () => {
    let running = 0;
    let most = 0;
    const out = await mapConcurrently([30, 5, 20, 1, 10], 2, async (ms, i) => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10']);
    expect(most).toBe(2);
  });

  it('reads one part by path from a reader that may return them all', async () => {
    const asked: (string | undefined)[] = [];
    const readParts = async (id: string, path?: string) => {
      asked.push(path);
      return id === 'm1' ? [textFile('a.json', 'A'), textFile('b.zip', 'B')] : [];
    };
    expect(new TextDecoder().decode((await readPart(readParts, 'm1', 'b.zip'))?.bytes)).toBe('B');
    expect(await readPart(readParts, 'm1', 'c.txt')).toBeUndefined();
    expect(await readPart(readParts, 'm2', 'a.json')).toBeUndefined();
    expect(asked).toEqual(['b.zip', 'c.txt', 'a.json']);
  });

  it('merges zip archives without recompressing: every entry, in order, readable by unzip', async () => {
    const a = await zipFiles([textFile('index.xml', '<a/>')]);
    const b = await zipFiles([textFile('m1/page.html', 'one '.repeat(500)), textFile('m1/quiz.xml', '<q/>')]);
    const c = await zipFiles([textFile('m2/page.html', 'two '.repeat(500))]);
    const merged = await fileBytes({ path: 'm.zip', stream: () => mergeZips(async function* () { yield a; yield b; yield c; }) });
    const zip = await JSZip.loadAsync(merged);
    expect(Object.keys(zip.files)).toEqual(['index.xml', 'm1/page.html', 'm1/quiz.xml', 'm2/page.html']);
    expect(await zip.files['m2/page.html']?.async('string')).toBe('two '.repeat(500));
    // The compressed entries are copied: the merged archive is the inputs' entries plus one directory.
    expect(merged.byteLength).toBeLessThan(a.byteLength + b.byteLength + c.byteLength);
    const dir = mkdtempSync(path.join(tmpdir(), 'coursepack-merge-'));
    try {
      writeFileSync(path.join(dir, 'm.zip'), merged);
      expect(execFileSync('unzip', ['-t', path.join(dir, 'm.zip')], { encoding: 'utf8' })).toContain('No errors detected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(fileBytes({ path: 'm.zip', stream: () => mergeZips(async function* () { yield b; yield b; }) })).rejects.toThrow('duplicate entry m1/page.html');
    await expect(fileBytes({ path: 'm.zip', stream: () => mergeZips(async function* () { yield new Uint8Array(30); }) })).rejects.toThrow('not a zip archive');
  });

  it('writes a ZIP64 end record when merged entries pass 65,535', async () => {
    const archive = (from: number) => zipFiles(Array.from({ length: 33_000 }, (_, i) => textFile(`f${from + i}`, '')), { level: 0 });
    const [first, second] = await Promise.all([archive(0), archive(33_000)]);
    const merged = await fileBytes({ path: 'm.zip', stream: () => mergeZips(async function* () { yield first; yield second; }) });
    const zip = await JSZip.loadAsync(merged);
    expect(Object.keys(zip.files)).toHaveLength(66_000);
    expect(Object.keys(zip.files).at(-1)).toBe('f65999');
  }, 60_000);
});
