import { rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listContentFolder, moduleBuilder } from '@coursepack/core';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { assetReader, readModuleAssets } from '../src/build/read-assets.js';

const svg = (padding: number) => `<svg xmlns="http://www.w3.org/2000/svg"><title>${'x'.repeat(padding)}</title></svg>\n`;

const ANY = () => 10_000;

describe("a build's reader of the images modules show and the files they link to", () => {
  let root = '';
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function reader(files: Record<string, string | Uint8Array>) {
    root = await writeContentFolder({ 'a/06_revision.md': '# 06. Module 1 Review — A\n\n## Completion gate\n\n- [ ] Done.\n', ...files });
    return assetReader(root, (await listContentFolder(root)).source);
  }

  it('reads listed files up to the limit each is given, and only the size of a larger one', async () => {
    const small = svg(10);
    const large = svg(400);
    const data = `week\n${'1\n'.repeat(150)}`;
    const assets = await reader({ 'a/small.svg': small, 'a/large.svg': large, 'a/weeks.csv': data });
    // Long written (a file written just now is stamped without its size, see below).
    const past = new Date('2024-05-01T12:00:00Z');
    for (const name of ['small.svg', 'large.svg', 'weeks.csv']) await utimes(path.join(root, 'a', name), past, past);
    const limitOf = (p: string) => (p.endsWith('.csv') ? 1000 : 200);
    const { files, stamps } = await assets.read(['a/small.svg', 'a/large.svg', 'a/gone.png', '../outside.png', 'a/weeks.csv'], limitOf);
    expect(new TextDecoder().decode(files.get('a/small.svg') as Uint8Array)).toBe(small);
    expect(files.get('a/large.svg')).toEqual({ size: Buffer.byteLength(large) });
    expect(files.has('a/gone.png')).toBe(false);
    expect(stamps.map((s) => [s.path, s.digest?.slice(0, 5) ?? null, s.size ?? null])).toEqual([
      ['a/small.svg', expect.any(String), Buffer.byteLength(small)],
      ['a/large.svg', `size:`, Buffer.byteLength(large)],
      ['a/gone.png', null, null],
      ['../outside.png', null, null],
      ['a/weeks.csv', expect.any(String), Buffer.byteLength(data)],
    ]);
    expect(stamps[1]?.digest).toBe(`size:${Buffer.byteLength(large)}`);
    // A larger limit for the same file (a download rather than an image) reads it.
    expect(new TextDecoder().decode(files.get('a/weeks.csv') as Uint8Array)).toBe(data);
    // Checked again with the limit it was read with: touched, a file over it still counts as unchanged.
    await utimes(path.join(root, 'a/large.svg'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await assets.unchanged(stamps)).toBe(true);
    await writeFile(path.join(root, 'a/large.svg'), svg(401));
    expect(await assets.unchanged(stamps)).toBe(false);
  });

  it('takes a file whose size and time are as stamped as unchanged, and compares the bytes of any other', async () => {
    const assets = await reader({ 'a/flow.png': solidPng(4, 4) });
    const file = path.join(root, 'a/flow.png');
    const { stamps } = await assets.read(['a/flow.png'], ANY);
    expect(await assets.unchanged(stamps)).toBe(true);

    // Touched, bytes the same: read again, and still unchanged.
    await utimes(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(await assets.unchanged(stamps)).toBe(true);
    // New bytes: changed.
    await writeFile(file, solidPng(6, 6));
    expect(await assets.unchanged(stamps)).toBe(false);
    // Stamps of an earlier version (a digest only) are checked by the bytes.
    expect(await assets.unchanged([{ path: 'a/flow.png', digest: (await assets.read(['a/flow.png'], ANY)).stamps[0]!.digest }])).toBe(true);
    // Gone: changed.
    await rm(file);
    expect(await assets.unchanged(stamps)).toBe(false);
  });

  it('reads again a file modified too recently for its size and time to tell, or dated in the future', async () => {
    const assets = await reader({ 'a/flow.png': solidPng(4, 4) });
    const file = path.join(root, 'a/flow.png');
    const same = async (time: Date) => {
      await writeFile(file, solidPng(4, 4));
      await utimes(file, time, time);
      const { stamps } = await assets.read(['a/flow.png'], ANY);
      // Rewritten within the same tick of the clock: same size, same time, other bytes.
      await writeFile(file, Buffer.from(solidPng(4, 4)).fill(0x20, 16, 24));
      await utimes(file, time, time);
      return { unchanged: await assets.unchanged(stamps), stamped: stamps[0]?.mtimeMs !== undefined };
    };
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    expect(await same(now)).toEqual({ unchanged: false, stamped: false });
    expect(await same(new Date(now.getTime() + 3_600_000))).toEqual({ unchanged: false, stamped: false });
    // Settled: trusted, as below.
    expect(await same(new Date(now.getTime() - 10_000))).toEqual({ unchanged: true, stamped: true });
  });

  it('trusts an unchanged size and time without reading the file, as the cached outputs are trusted', async () => {
    const assets = await reader({ 'a/flow.png': solidPng(4, 4) });
    const file = path.join(root, 'a/flow.png');
    // A time in whole seconds, so it can be put back exactly, long past.
    const time = new Date('2024-05-01T12:00:00Z');
    await utimes(file, time, time);
    const { stamps } = await assets.read(['a/flow.png'], ANY);
    // Other bytes of the same length, with the time put back: only reading would tell.
    const other = Buffer.from(solidPng(4, 4)).fill(0x20, 16, 24);
    expect(other.byteLength).toBe((await stat(file)).size);
    await writeFile(file, other);
    await utimes(file, time, time);
    expect(await assets.unchanged(stamps)).toBe(true);
  });

  it('reports a listed file it cannot read, and packages nothing in its place', async () => {
    const page = '# 02. Explainer\n\n## 1. Basics\n\n![Flow](flow.png)\n\n[Data](weeks.csv)\n';
    root = await writeContentFolder({ 'a/06_revision.md': '# 06. Module 1 Review — A\n\n## Completion gate\n\n- [ ] Done.\n', 'a/02_explainer.md': page, 'a/flow.png': solidPng(4, 4), 'a/weeks.csv': 'week\n1\n' });
    const folder = await listContentFolder(root);
    // Listed, then gone (or closed to this user) before it is read.
    await rm(path.join(root, 'a/flow.png'));
    await rm(path.join(root, 'a/weeks.csv'));
    const build = moduleBuilder(folder.source)('a', await folder.read(folder.source.files.map((f) => f.path)));
    const module = build.course.modules[0];
    if (!module) throw new Error('no module');
    const assets = await readModuleAssets(build, module, assetReader(root, folder.source).read);
    expect(assets.diagnostics.map((d) => `${d.code} ${d.severity} ${d.place.line}:${d.place.column}`)).toEqual(['file-unreadable error 5:1', 'file-unreadable error 7:1']);
    expect(assets.diagnostics[0]?.message).toBe("`flow.png` could not be read, so it is not packaged; check the file's permissions");
    expect([...assets.bytes.keys()]).toEqual([]);
    // Stamped to be read again next time, when it may be readable.
    expect(assets.stamps.map((s) => [s.path, s.digest, s.size ?? null])).toEqual([
      ['a/flow.png', null, null],
      ['a/weeks.csv', null, null],
    ]);
  });
});
