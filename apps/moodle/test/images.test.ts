import type { OutputFile } from '@coursepack/export-kit';
import { collectFiles } from '@coursepack/export-kit';
import { assetsOf, courseFromFiles, IMAGE_FILES } from '@coursepack/test-kit';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { moodleExporter } from '../src/index.js';

type Node = Record<string, unknown>;
interface EmbeddedFile {
  '@name': string;
  '@path': string;
  '@encoding': string;
  '#text': string;
}
/** One text of the bank that shows an image: where it is, its image sources and its files. */
interface ImageText {
  at: string;
  srcs: string[];
  files: EmbeddedFile[];
}

// The fixture's review with more questions, so that every kind of text shows an image: one text
// showing the same image twice, beside the https one and the missing one; a choice's own text;
// overall and general feedback; true-false feedback; an open question's model answer (grader
// information).
const EXTRA = `3. Compare ![Two curves](img/curves.png) and ![The same curves](img/curves.png) with ![remote](https://example.org/remote.png) and ![Not there](img/missing.png). {.multiple}
   - [x] ![The flow](img/flow.png) Same
   - [x] Both rise
   - [ ] Different
     > No: ![The flow](img/flow.png)

   > Correct: See ![Two curves](img/curves.png).

   > Incorrect: See ![The flow](img/flow.png).

   > Both start at ![A pipeline stage](../shared/stage%20one.png).

4. The curves rise.
   - [x] True
     > Yes: ![Two curves](img/curves.png)
   - [ ] False

   > Correct: As ![The flow](img/flow.png) shows.

5. Sketch the flow.

   > Model answer: ![The flow](img/flow.png)

`;
const REVIEW = IMAGE_FILES['pics/06_revision.md'] as string;
// A fixed title: the course's otherwise comes from its temporary folder's name.
const FILES = { ...IMAGE_FILES, 'coursepack.config.json': JSON.stringify({ title: 'Pictures' }), 'pics/06_revision.md': REVIEW.replace('## Completion gate', `${EXTRA}## Completion gate`) };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ['question', 'answer', 'file'].includes(name),
});

const decoder = new TextDecoder();
const options = { toolVersion: '0.0.0-test' };
const srcsOf = (html: string): string[] => [...html.matchAll(/<img [^>]*?src="([^"]*)"/g)].map((m) => m[1]!);
// What a file's `@@PLUGINFILE@@` URL is: its path and name, each segment percent-encoded.
const pluginfileUrl = (file: EmbeddedFile): string => `@@PLUGINFILE@@/${`${file['@path']}${file['@name']}`.slice(1).split('/').map(encodeURIComponent).join('/')}`;

function questionsOf(file: OutputFile | undefined): Node[] {
  if (!file) throw new Error('no file');
  const xml = decoder.decode(file.bytes);
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { quiz: { question: Node[] } }).quiz.question;
}

/** Every text of the questions that shows an image or carries a file, as `<idnumber> <element path>`. */
function imageTexts(questions: Node[]): ImageText[] {
  const out: ImageText[] = [];
  const walk = (node: Node, at: string): void => {
    const text = typeof node['text'] === 'string' ? node['text'] : '';
    const files = (node['file'] ?? []) as EmbeddedFile[];
    if (srcsOf(text).length > 0 || files.length > 0) out.push({ at, srcs: srcsOf(text), files });
    for (const [key, value] of Object.entries(node)) {
      if (key === 'file' || key.startsWith('@')) continue;
      if (Array.isArray(value)) value.forEach((v, i) => typeof v === 'object' && walk(v as Node, `${at}/${key}[${i}]`));
      else if (value && typeof value === 'object') walk(value as Node, `${at}/${key}`);
    }
  };
  for (const q of questions.filter((n) => n['@type'] !== 'category')) walk(q, String(q['idnumber']));
  return out;
}

/** The content-folder path of an embedded file (the fixture's names need no cleaning). */
const assetPath = (file: EmbeddedFile): string => `${file['@path']}${file['@name']}`.slice(1);

describe('moodle images', async () => {
  const build = await courseFromFiles(FILES);
  const { course, documents } = build;
  const module = course.modules[0]!;
  const assets = assetsOf(FILES);
  const input = { course, documents, assets };

  it('builds the fixture with its images as assets, one of them missing', () => {
    expect(module.assets.map((a) => [a.path, assets.has(a.path)])).toEqual([
      ['pics/img/flow.png', true],
      ['shared/stage one.png', true],
      ['pics/img/missing.png', false],
      ['pics/img/curves.png', true],
    ]);
  });

  it('embeds in each text exactly the files its HTML shows, once each, and shows them from there', async () => {
    const texts = imageTexts(questionsOf((await moodleExporter.exportModule!(module, input, options)).files[0]));
    expect(texts.map((t) => [t.at, t.files.map(assetPath)])).toEqual([
      ['pics.recall-1/questiontext', ['pics/img/curves.png']],
      ['pics.recall-1/answer[0]/feedback', ['pics/img/curves.png']],
      ['pics.recall-2/questiontext', ['shared/stage one.png']],
      ['pics.recall-3/questiontext', ['pics/img/curves.png']],
      ['pics.recall-3/generalfeedback', ['shared/stage one.png']],
      ['pics.recall-3/correctfeedback', ['pics/img/curves.png']],
      ['pics.recall-3/incorrectfeedback', ['pics/img/flow.png']],
      ['pics.recall-3/answer[0]', ['pics/img/flow.png']],
      ['pics.recall-3/answer[2]/feedback', ['pics/img/flow.png']],
      // True-false: the true answer's feedback joins its own and the overall correct feedback.
      ['pics.recall-4/answer[0]/feedback', ['pics/img/curves.png', 'pics/img/flow.png']],
      ['pics.recall-5/graderinfo', ['pics/img/flow.png']],
    ]);
    for (const { at, srcs, files } of texts) {
      for (const file of files) {
        expect(file['@encoding'], at).toBe('base64');
        expect(new Uint8Array(Buffer.from(file['#text'], 'base64')), at).toEqual(assets.get(assetPath(file)));
      }
      // Every local image points at a file of its own text, and every file is shown.
      const local = srcs.filter((src) => !src.startsWith('https://') && !src.includes('missing.png'));
      expect(new Set(local), at).toEqual(new Set(files.map(pluginfileUrl)));
      expect(srcs.filter((src) => src.startsWith('assets/') && !src.includes('missing.png')), at).toEqual([]);
    }
  });

  it('percent-encodes the URL of a file whose name has a space', async () => {
    const texts = imageTexts(questionsOf((await moodleExporter.exportModule!(module, input, options)).files[0]));
    const stage = texts.find((t) => t.at === 'pics.recall-2/questiontext')!;
    expect(stage.files.map((f) => [f['@path'], f['@name']])).toEqual([['/shared/', 'stage one.png']]);
    expect(stage.srcs).toEqual(['@@PLUGINFILE@@/shared/stage%20one.png']);
  });

  it('leaves the https image and the missing one as they are, embedding nothing for them', async () => {
    const texts = imageTexts(questionsOf((await moodleExporter.exportModule!(module, input, options)).files[0]));
    const compare = texts.find((t) => t.at === 'pics.recall-3/questiontext')!;
    expect(compare.srcs).toEqual(['@@PLUGINFILE@@/pics/img/curves.png', '@@PLUGINFILE@@/pics/img/curves.png', 'https://example.org/remote.png', 'assets/pics/img/missing.png']);
    expect(texts.flatMap((t) => t.files.map(assetPath))).not.toContain('pics/img/missing.png');
  });

  it('leaves an image whose bytes are missing pointing nowhere, and still exports', async () => {
    const without = new Map([...assets].filter(([path]) => path !== 'pics/img/curves.png'));
    const result = await moodleExporter.exportModule!(module, { ...input, assets: without }, options);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const texts = imageTexts(questionsOf(result.files[0]));
    expect(texts.flatMap((t) => t.files.map(assetPath))).not.toContain('pics/img/curves.png');
    const prompt = texts.find((t) => t.at === 'pics.recall-1/questiontext')!;
    expect([prompt.srcs, prompt.files]).toEqual([['assets/pics/img/curves.png'], []]);
  });

  it('carries the same files in the course bank, written whole or joined from the module banks', async () => {
    const module = (await moodleExporter.exportModule!(course.modules[0]!, input, options)).files;
    const direct = await moodleExporter.exportCourse!(input, options);
    const assembled = await collectFiles(await moodleExporter.assembleCourse!(course, async () => module, options));
    const expected = imageTexts(questionsOf(module[0]));
    expect(expected.length).toBeGreaterThan(0);
    expect(imageTexts(questionsOf(direct.files[0]))).toEqual(expected);
    expect(decoder.decode(assembled.files[0]!.bytes)).toBe(decoder.decode(direct.files[0]!.bytes));
  });

  it('gives the same bytes on every build', async () => {
    const again = await courseFromFiles(FILES);
    const a = await moodleExporter.exportCourse!(input, options);
    const b = await moodleExporter.exportCourse!({ course: again.course, documents: again.documents, assets: assetsOf(FILES) }, options);
    expect(Buffer.from(b.files[0]!.bytes).equals(Buffer.from(a.files[0]!.bytes))).toBe(true);
  });

  it('names files so that Moodle keeps the names the HTML shows them by, telling apart names that meet', async () => {
    // Moodle drops & < > " ` | ' : \ and control characters from stored file names.
    const odd = await courseFromFiles({
      'm/06_revision.md': "# 06. Review\n\n## Embedded checkpoint\n\n### Pick\n\n1. Which? ![one](img/it's%3Aa.png) ![two](img/it_s_a.png)\n   - [x] Yes\n   - [ ] No\n",
      "m/img/it's:a.png": 'one',
      'm/img/it_s_a.png': 'two',
    });
    const oddInput = { course: odd.course, documents: odd.documents, assets: assetsOf({ "m/img/it's:a.png": 'one', 'm/img/it_s_a.png': 'two' }) };
    const [prompt] = imageTexts(questionsOf((await moodleExporter.exportModule!(odd.course.modules[0]!, oddInput, options)).files[0]));
    expect(prompt?.files.map((f) => [f['@path'], f['@name'], Buffer.from(f['#text'], 'base64').toString()])).toEqual([
      ['/m/img/', 'it_s_a.png', 'one'],
      ['/m/img/', 'it_s_a-2.png', 'two'],
    ]);
    expect(prompt?.srcs).toEqual(prompt?.files.map(pluginfileUrl));
  });
});
