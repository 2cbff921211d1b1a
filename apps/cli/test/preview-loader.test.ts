import { readdir, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { runValidate } from '../src/build/run-validate.js';
import type { PreviewSite } from '../src/preview/load-preview-site.js';
import { previewLoader } from '../src/preview/load-preview-site.js';

const review = (n: number, questions: string) => `# 06. Module ${n} Review — Start\n\n## Embedded checkpoint\n\n### Conceptual\n\n${questions}\n\n## Completion gate\n\n- [ ] Done.\n`;
const explainer = (sections: string[]) => `# 02. Explainer\n\n${sections.map((s) => `## ${s} Part\n\nText of ${s}.\n`).join('\n')}`;

// Three modules: m1 shows an image, m2 points at a section of m3's explainer, m3 has that section.
const FILES = {
  'm1/02_explainer.md': `${explainer(['1.'])}\n![The flow](img/flow.png)\n`,
  'm1/06_revision.md': review(1, '1. What is it? See `02_explainer.md` §1.'),
  'm1/img/flow.png': solidPng(8, 8),
  'm2/02_explainer.md': explainer(['1.']),
  'm2/06_revision.md': review(2, '1. And over there? See `../m3/02_explainer.md` §2.'),
  'm3/02_explainer.md': explainer(['1.', '2.']),
  'm3/06_revision.md': review(3, '1. Why? See `02_explainer.md` §1.'),
};

const folders: string[] = [];
afterEach(async () => {
  for (const f of folders.splice(0)) await rm(f, { recursive: true, force: true });
});

async function content(): Promise<string> {
  const root = await writeContentFolder(FILES);
  folders.push(root);
  return root;
}

const moduleOf = (site: PreviewSite, id: string) => {
  const m = site.modules.find((x) => x.id === id);
  if (!m) throw new Error(`no module ${id}`);
  return m;
};
const fileOf = (site: PreviewSite, id: string, ending: string) => [...moduleOf(site, id).files].find(([p]) => p.endsWith(ending))?.[1];
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString('utf8');

/** Set every file's modification time to `when` (seconds since the epoch). */
async function ageAll(root: string, when: number): Promise<void> {
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) await utimes(path.join(entry.parentPath, entry.name), when, when);
  }
}

/** Write `text` over a file and set its modification time to `when` (whole seconds, so set exactly). */
async function writeAt(file: string, text: string, when: number): Promise<void> {
  await writeFile(file, text);
  await utimes(file, when, when);
}

const codes = (site: PreviewSite) => site.diagnostics.map((d) => `${d.code} ${d.place.file}`);

describe('the preview loader', () => {
  it('rebuilds only the module whose markdown changed, and gives what a first load gives', async () => {
    const root = await content();
    const load = previewLoader(root);
    const first = await load();
    expect(first.modules.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    await writeFile(path.join(root, 'm1/02_explainer.md'), `${explainer(['1.'])}\nEdited text.\n\n![The flow](img/flow.png)\n`);
    const second = await load();
    // The untouched modules' players are the very ones built before; the edited one is new.
    expect(moduleOf(second, 'm2').files).toBe(moduleOf(first, 'm2').files);
    expect(moduleOf(second, 'm3').files).toBe(moduleOf(first, 'm3').files);
    expect(moduleOf(second, 'm1').files).not.toBe(moduleOf(first, 'm1').files);
    expect(text(fileOf(second, 'm1', 'explainer.html'))).toContain('Edited text.');
    // Nothing of a fresh load is missing from the incremental one.
    const fresh = await previewLoader(root)();
    expect(second).toEqual(fresh);
  });

  it('rebuilds a module when an image it shows changes, though its markdown did not', async () => {
    const root = await content();
    const load = previewLoader(root);
    const first = await load();
    expect(fileOf(first, 'm1', 'flow.png')).toEqual(solidPng(8, 8));
    const bigger = solidPng(16, 16);
    await writeFile(path.join(root, 'm1/img/flow.png'), bigger);
    const second = await load();
    expect(fileOf(second, 'm1', 'flow.png')).toEqual(bigger);
    expect(moduleOf(second, 'm2').files).toBe(moduleOf(first, 'm2').files);
  });

  it('rebuilds every module when the configuration changes', async () => {
    const root = await content();
    const load = previewLoader(root);
    const first = await load();
    await writeFile(path.join(root, 'coursepack.config.json'), JSON.stringify({ title: 'Renamed course' }));
    const second = await load();
    expect(second.title).toBe('Renamed course');
    for (const id of ['m1', 'm2', 'm3']) expect(moduleOf(second, id).files).not.toBe(moduleOf(first, id).files);
  });

  it('checks references between modules on every load, also from a module it did not rebuild', async () => {
    const root = await content();
    const load = previewLoader(root);
    expect(codes(await load())).not.toContain('cross-reference-missing-section m2/06_revision.md');
    // m3 loses the section m2 points at: m2 is unchanged, the reference is broken all the same.
    await writeFile(path.join(root, 'm3/02_explainer.md'), explainer(['1.']));
    const broken = await load();
    expect(codes(broken)).toContain('cross-reference-missing-section m2/06_revision.md');
    await writeFile(path.join(root, 'm3/02_explainer.md'), explainer(['1.', '2.']));
    expect(codes(await load())).not.toContain('cross-reference-missing-section m2/06_revision.md');
  });

  it('reports what `validate` reports for the same folder', async () => {
    const root = await content();
    await writeFile(path.join(root, 'm3/02_explainer.md'), explainer(['1.']));
    await writeFile(path.join(root, 'm1/06_revision.md'), review(1, '1. What is it? See `02_explainer.md` §4.\n\n![Gone](gone.png)'));
    const site = await previewLoader(root)();
    const validated = await runValidate(root, { toolVersion: 'test' });
    expect(site.diagnostics).toEqual(validated);
    expect(codes(site)).toEqual(expect.arrayContaining(['reference-missing-section m1/06_revision.md', 'image-missing m1/06_revision.md', 'cross-reference-missing-section m2/06_revision.md']));
  });

  it('does not read markdown again while its size and modification time are those it was read with', async () => {
    const root = await content();
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    await ageAll(root, hourAgo);
    const load = previewLoader(root);
    const first = await load();
    // The same length, a different text, the old time: a loader that read the file would see it.
    const file = path.join(root, 'm2/02_explainer.md');
    await writeAt(file, explainer(['1.']).replace('Text of 1.', 'Text of X.'), hourAgo);
    const second = await load();
    expect(moduleOf(second, 'm2').files).toBe(moduleOf(first, 'm2').files);
    expect(text(fileOf(second, 'm2', 'explainer.html'))).toContain('Text of 1.');
    // A new modification time is enough for it to be read again; a file touched but not changed
    // is read and its module kept as it was.
    await utimes(file, hourAgo + 1, hourAgo + 1);
    await utimes(path.join(root, 'm3/02_explainer.md'), hourAgo + 1, hourAgo + 1);
    const third = await load();
    expect(text(fileOf(third, 'm2', 'explainer.html'))).toContain('Text of X.');
    expect(moduleOf(third, 'm3').files).toBe(moduleOf(first, 'm3').files);
  });

  it('reads a file modified moments ago again, even when its size and time look unchanged', async () => {
    const root = await content();
    const justNow = Math.floor(Date.now() / 1000);
    await ageAll(root, justNow);
    const load = previewLoader(root);
    const first = await load();
    // Written moments ago, then changed within the same tick of the clock: size and time cannot tell.
    const file = path.join(root, 'm2/02_explainer.md');
    await writeAt(file, explainer(['1.']).replace('Text of 1.', 'Text of X.'), justNow);
    const second = await load();
    expect(moduleOf(second, 'm2').files).not.toBe(moduleOf(first, 'm2').files);
    expect(text(fileOf(second, 'm2', 'explainer.html'))).toContain('Text of X.');
  });
});
