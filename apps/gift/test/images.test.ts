import { assetsOf, courseFromFiles, IMAGE_FILES } from '@coursepack/test-kit';
import gift from 'gift-pegjs';
import type { GIFTQuestion, TextChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { giftExporter } from '../src/index.js';

// The fixture's review with a question whose texts show the same image twice, the https image,
// the missing one, an image in a choice and one without alt text in feedback.
const EXTRA = `3. Compare ![Two curves](img/curves.png) and ![The same curves](img/curves.png) with ![remote](https://example.org/remote.png) and ![Not there](img/missing.png).
   - [x] ![The flow](img/flow.png) Same
   - [ ] Different
     > No: ![](img/flow.png)

`;
const REVIEW = IMAGE_FILES['pics/06_revision.md'] as string;
const FILES = { ...IMAGE_FILES, 'coursepack.config.json': JSON.stringify({ title: 'Pictures' }), 'pics/06_revision.md': REVIEW.replace('## Completion gate', `${EXTRA}## Completion gate`) };

const decoder = new TextDecoder();
const options = { toolVersion: '0.0.0-test' };

/** The HTML texts of a parsed choice or short-answer question: stem, each choice and its feedback, general feedback. */
function textsOf(q: GIFTQuestion): string[] {
  if (q.type !== 'MC' && q.type !== 'Short') return [];
  const choices = q.choices.flatMap((c: TextChoice) => [c.text.text, c.feedback?.text ?? '']);
  return [q.stem.text, ...choices, q.globalFeedback?.text ?? ''].filter((t) => t !== '');
}

describe('gift images', async () => {
  const build = await courseFromFiles(FILES);
  const { course, documents } = build;
  const module = course.modules[0]!;
  const input = { course, documents, assets: assetsOf(FILES) };

  it('shows each image of the content folder as its alt text, keeps the https one, and still parses', async () => {
    const result = await giftExporter.exportModule!(module, input, options);
    const parsed = gift.parse(decoder.decode(result.files[0]!.bytes));
    const byId = new Map(parsed.map((q) => [q.id, textsOf(q)]));
    expect(byId.get('pics.recall-1')).toEqual(['<p>Which curve rises? [Two curves]</p>', '<p>The left one</p>', '<p>Right: it climbs. [The rising curve]</p>', '<p>The right one</p>']);
    expect(byId.get('pics.recall-2')?.[0]).toBe('<p>Name the stage shown here. [A pipeline stage]</p>');
    expect(byId.get('pics.recall-3')).toEqual([
      '<p>Compare [Two curves] and [The same curves] with <img src="https://example.org/remote.png" alt="remote"> and [Not there].</p>',
      '<p>[The flow] Same</p>',
      '<p>Different</p>',
      // An image without alt text leaves nothing behind.
      '<p>No: </p>',
    ]);
    for (const texts of byId.values()) for (const text of texts) expect(text).not.toMatch(/src="assets\//);
  });

  it('says so once per module, counting the images and the questions that showed them', async () => {
    const result = await giftExporter.exportModule!(module, input, options);
    const notices = result.diagnostics.filter((d) => d.code === 'gift-drops-images');
    expect(notices.map((d) => [d.severity, d.module, d.place.file, d.message])).toEqual([
      ['warning', 'pics', module.place.file, 'GIFT cannot carry image files, so 8 images from the content folder in 3 questions are replaced by their alt text (Moodle XML carries them)'],
    ]);
    expect(notices[0]?.url).toMatch(/gift-drops-images\.md$/);
  });

  it('says "is" of one image, and nothing when no question shows one', async () => {
    const one = await courseFromFiles({ 'm/06_revision.md': '# 06. Review\n\n## Embedded checkpoint\n\n### Pick\n\n1. Which? ![a](img/a.png)\n   - [x] Yes\n   - [ ] No\n\n2. Plain.\n   - [x] Yes\n   - [ ] No\n', 'm/img/a.png': 'a' });
    const result = await giftExporter.exportModule!(one.course.modules[0]!, { course: one.course, documents: one.documents }, options);
    expect(result.diagnostics.map((d) => d.message)).toEqual(['GIFT cannot carry image files, so 1 image from the content folder in 1 question is replaced by its alt text (Moodle XML carries them)']);
    const explainerOnly = await courseFromFiles({ 'm/02_explainer.md': '# 02. Explainer\n\n## 1. A\n\n![a](img/a.png)\n', 'm/06_revision.md': '# 06. Review\n\n## Embedded checkpoint\n\n### Pick\n\n1. Plain.\n   - [x] Yes\n   - [ ] No\n', 'm/img/a.png': 'a' });
    const none = await giftExporter.exportModule!(explainerOnly.course.modules[0]!, { course: explainerOnly.course, documents: explainerOnly.documents }, options);
    expect(none.diagnostics.map((d) => d.code)).not.toContain('gift-drops-images');
  });

  it('gives the same bytes on every build', async () => {
    const again = await courseFromFiles(FILES);
    const a = await giftExporter.exportModule!(module, input, options);
    const b = await giftExporter.exportModule!(again.course.modules[0]!, { course: again.course, documents: again.documents, assets: assetsOf(FILES) }, options);
    expect(decoder.decode(b.files[0]!.bytes)).toBe(decoder.decode(a.files[0]!.bytes));
  });
});
