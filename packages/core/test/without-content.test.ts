import { getHeapSnapshot } from 'node:v8';
import { expect, it } from 'vitest';
import type { ContentSource, Module } from '../src/index.js';
import { buildCourse, withoutContent } from '../src/index.js';

/**
 * Files held in memory as a content source. (Not test-kit's helpers: importing them loads the
 * browser and XML tooling, and a heap snapshot of all that takes the test from 1.5 s to 50 s.)
 */
function sourceOf(files: Record<string, string>): ContentSource {
  const encoder = new TextEncoder();
  return {
    name: 'course',
    configText: null,
    issues: [],
    files: Object.entries(files).map(([path, text]) => {
      const bytes = encoder.encode(text);
      return { path, bytes, size: bytes.length, issue: null };
    }),
  };
}

/**
 * Whether any string the heap holds contains the text `made` returns (a snapshot collects garbage
 * first). The text is made only after the snapshot, so the search itself is not found.
 */
async function heapHolds(made: () => string): Promise<boolean> {
  let snapshot = '';
  for await (const chunk of getHeapSnapshot()) snapshot += String(chunk);
  return snapshot.includes(made());
}

// Built in a function of its own, so nothing of the build stays reachable from the test's frame.
function keptOf(marker: string): Module | undefined {
  const body = `${marker}, a sentence of the file's body.\n\n`.repeat(50);
  const build = buildCourse(
    sourceOf({
      'm1/02_explainer.md': `# Explainer of module one\n\n${body}`,
      'm1/06_revision.md': `# Module 1 — Revision\n\n${body}`,
    }),
  );
  const module = build.course.modules[0];
  return module && withoutContent(module);
}

it('withoutContent keeps nothing of the markdown the module was read from', { timeout: 30_000 }, async () => {
  // The body's sentences are made at run time, so only the markdown and what was cut from it
  // hold them.
  const marker = ['Body', 'marker', Date.now().toString(36)].join('-');
  const kept = keptOf(marker);
  // V8 may still hold the last parse's state for a while (in a handle, a root the snapshot counts,
  // and as the last string a regular expression searched): parse something else and let the
  // event loop turn, so only real references remain.
  // Once, in a run of the whole suite (both cores busy), the text was still found here; it did
  // not happen again on its own. Whatever else held it for a moment, a reference from the model
  // would hold it for good, so a few more looks, a quarter of a second apart, lose nothing.
  buildCourse(sourceOf({ 'm2/06_revision.md': '# Module 2\n\nSomething else.\n' }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(kept?.title).toBe('Module 1 — Revision');
  expect(kept?.files.map((f) => f.title)).toEqual(['Explainer of module one', 'Module 1 — Revision']);
  // A title cut from a file's text keeps that whole text alive unless it is copied.
  let held = await heapHolds(() => `${marker}, a sentence`);
  for (let turn = 0; held && turn < 4; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    held = await heapHolds(() => `${marker}, a sentence`);
  }
  expect(held).toBe(false);
});
