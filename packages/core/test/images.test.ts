import { courseFromFiles } from '@coursepack/test-kit';
import { describe, expect, it } from 'vitest';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
const review = '# 06. Module 1 Review — Images\n\n## Completion gate\n\n- [ ] Done.\n';

describe('images shown from the content folder', () => {
  it('are looked for relative to their file, by path as a browser reads it, and reported where they are written', async () => {
    const explainer = [
      '# 02. Explainer',
      '',
      '![Flow](img/flow.png) ![Spaced](img/my%20diagram.png?v=2#top) ![Shared](../shared/logo.svg)',
      '',
      '![By reference][chart] ![Remote](https://example.org/a.png) ![Inline](data:image/png;base64,AAAA)',
      '',
      '![Typo](img/flwo.png) ![Up](../../../etc/passwd) ![Rooted](/img/flow.png)',
      '',
      '[chart]: img/chart.png',
      '',
    ].join('\n');
    const build = await courseFromFiles({
      'm1/02_explainer.md': explainer,
      'm1/06_revision.md': review,
      'm1/img/flow.png': PNG,
      'm1/img/my diagram.png': PNG,
      'm1/img/chart.png': PNG,
      'shared/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(build.diagnostics.map((d) => `${d.code} ${d.place.line}:${d.place.column} ${d.module}`)).toEqual([
      'image-not-packaged 3:1 null',
      'image-not-packaged 3:23 null',
      'image-not-packaged 3:63 null',
      'image-not-packaged 5:1 null',
      'image-missing 7:1 null',
      'path-outside-root 7:23 m1',
      'path-outside-root 7:50 m1',
    ]);
    const missing = build.diagnostics.find((d) => d.code === 'image-missing');
    expect(missing?.message).toBe('`img/flwo.png` is not a file of the content folder (no `m1/img/flwo.png`)');
    // A path outside the folder keeps its module from export; an image that is only missing does not.
    expect(build.links.find((l) => l.moduleId === 'm1')?.images.map((i) => i.path)).toEqual(['m1/img/flow.png', 'm1/img/my diagram.png', 'shared/logo.svg', 'm1/img/chart.png', 'm1/img/flwo.png']);
  });
});
