import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import type { Question } from '@coursepack/core';
import { exportableModules, loadCourse } from '@coursepack/core';
import { convertQti2toQti3 } from '@citolab/qti-convert/qti-convert-node';
import { assetsOf, courseFromFiles, findChromium, IMAGE_FILES } from '@coursepack/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QtiVersion } from '../src/index.js';
import { qti21Exporter, qti30Exporter, qtiItemXml } from '../src/index.js';
import { everyKindFiles } from './every-kind-course.js';
import type { Answer, QtiPlayer } from './qti-player.js';
import { startQtiPlayer } from './qti-player.js';

const chromium = findChromium();
const build = await courseFromFiles(everyKindFiles);
const content = await loadCourse(fileURLToPath(new URL('../../../content', import.meta.url)));
const questionsOf = (modules: { checkpoint: { groups: { questions: Question[] }[] }; recall: { groups: { questions: Question[] }[] } }[]): Question[] =>
  modules.flatMap((m) => [...m.checkpoint.groups, ...m.recall.groups].flatMap((g) => g.questions));
const fixtureQuestions = questionsOf(build.course.modules);
const contentQuestions = questionsOf(exportableModules(content));
// Every objective question of the fixture and of the bundled content; every essay of the fixture and the
// first of each content module (they differ only in prompt text).
const objective = [...fixtureQuestions, ...contentQuestions].filter((q) => q.kind !== 'open');
const essays = [
  ...fixtureQuestions.filter((q) => q.kind === 'open'),
  ...exportableModules(content).flatMap((m) => questionsOf([m]).filter((q) => q.kind === 'open').slice(0, 1)),
];

const pictures = await courseFromFiles(IMAGE_FILES);
const pictureAssets = assetsOf(IMAGE_FILES);

const choice = (id: string): string => `choice-${id}`;

// A PNG's width, from its IHDR chunk.
const pngWidth = (bytes: Uint8Array): number => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(16);

// Right answers come from the model, not from the item, so a wrong correctResponse cannot pass.
function rightAnswers(q: Question): Answer[] {
  const correct = q.choices.filter((c) => c.isCorrect).map((c) => choice(c.id));
  if (q.kind === 'short') return q.answers.flatMap((a) => [{ type: a }, { type: a.toUpperCase() }]);
  if (q.kind === 'numeric' && q.numeric) return [{ type: String(q.numeric.value) }, { type: String(q.numeric.value + q.numeric.tolerance * 0.9) }];
  return [{ click: correct }];
}

function wrongAnswers(q: Question): Answer[] {
  const wrong = q.choices.filter((c) => !c.isCorrect).map((c) => choice(c.id));
  if (q.kind === 'short') return [{ type: 'not the answer' }];
  if (q.kind === 'numeric' && q.numeric) return [{ type: String(q.numeric.value + q.numeric.tolerance * 2 + 1) }, { type: 'eight' }];
  if (q.kind === 'multiple') return [{ click: wrong.slice(0, 1) }, { click: [...q.choices.filter((c) => c.isCorrect).map((c) => choice(c.id)), ...wrong.slice(0, 1)] }];
  return [{ click: wrong.slice(0, 1) }];
}

// Played alone, outside a package: an image of the content folder has no file to load here (the
// packaged items' images are played below), so it is left out and its alt text kept.
async function asQti3(q: Question, version: QtiVersion): Promise<string> {
  const xml = qtiItemXml(q, { version, imageSource: (src) => (src.startsWith('assets/') ? null : src) });
  return version === '3.0' ? xml : convertQti2toQti3(xml);
}

describe.skipIf(chromium === null).each(['3.0', '2.1'] as const)('QTI %s items played in qti-components', (version) => {
  let player: QtiPlayer;
  beforeAll(async () => {
    player = await startQtiPlayer(chromium ?? '');
  });
  afterAll(async () => {
    expect(player.blocked).toEqual([]);
    expect(player.notFound()).toEqual([]);
    await player.close();
  });

  it.each(objective.map((q) => [q.uid, q.kind, q] as const))('%s (%s): a right answer scores full points, a wrong one zero', async (uid, _kind, q) => {
    const xml = await asQti3(q, version);
    for (const answer of rightAnswers(q)) {
      const played = await player.play(`${uid}.xml`, xml, answer);
      expect(played.interactions.every((i) => i.isUpgraded), JSON.stringify(played.interactions)).toBe(true);
      expect({ answer, score: Number(played.outcomes['SCORE']), feedback: played.feedback.includes('correct') || !hasOutcomeFeedback(q) }).toEqual({ answer, score: q.points, feedback: true });
    }
    for (const answer of wrongAnswers(q)) {
      const played = await player.play(`${uid}.xml`, xml, answer);
      expect({ answer, score: Number(played.outcomes['SCORE']), feedback: played.feedback.includes('correct') }).toEqual({ answer, score: 0, feedback: false });
    }
  });

  it('shows the feedback of a chosen choice and the incorrect feedback for a wrong choice', async () => {
    const q = fixtureQuestions.find((x) => x.uid === 'm1.registry-store');
    if (!q) throw new Error('fixture lost m1.registry-store');
    const played = await player.play('feedback.xml', await asQti3(q, version), { click: ['choice-a'] });
    expect(played.feedback.sort()).toEqual(['choice-a', 'incorrect']);
  });

  it('shows the images of a packaged item from the package, each at the width of its PNG', async () => {
    const module = pictures.course.modules[0];
    if (!module) throw new Error('IMAGE_FILES builds no module');
    const exporter = version === '3.0' ? qti30Exporter : qti21Exporter;
    const result = await exporter.exportModule?.(module, { course: pictures.course, documents: pictures.documents, assets: pictureAssets }, { toolVersion: 't' });
    const zip = await JSZip.loadAsync(result?.files[0]?.bytes ?? new Uint8Array());
    const files: { path: string; bytes: Uint8Array }[] = [];
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      const bytes = await entry.async('uint8array');
      const isItem = entry.name.startsWith('items/');
      files.push({ path: entry.name, bytes: isItem && version === '2.1' ? new TextEncoder().encode(await convertQti2toQti3(new TextDecoder().decode(bytes))) : bytes });
    }
    const folder = `package-${version}`;
    player.serve(folder, files);
    let checked = 0;
    for (const item of files.filter((f) => f.path.startsWith('items/'))) {
      const sources = [...new TextDecoder().decode(item.bytes).matchAll(/<img [^>]*?src="([^"]*)"/g)].map((m) => m[1] ?? '');
      const widths = sources.map((src) => {
        const target = decodeURIComponent(new URL(src, `http://package.invalid/${item.path}`).pathname.slice(1));
        const png = files.find((f) => f.path === target);
        if (!png) throw new Error(`${item.path}: ${src} is not in the package`);
        return pngWidth(png.bytes);
      });
      const shown = await player.images(`${folder}/${item.path}`);
      expect({ item: item.path, widths: shown.map((i) => i.naturalWidth) }, JSON.stringify(shown)).toEqual({ item: item.path, widths });
      checked += widths.length;
    }
    expect(checked).toBe(3);
  });

  it.each(essays.map((q) => [q.uid, q] as const))('%s (open) renders an extended text interaction with its prompt', async (uid, q) => {
    const played = await player.play(`${uid}.xml`, await asQti3(q, version), {});
    expect(played.interactions).toEqual([{ type: 'qti-extended-text-interaction', isUpgraded: true }]);
    expect(played.text).toContain(q.prompt.text.replace(/\s+/g, ' ').slice(0, 40));
  });
});

function hasOutcomeFeedback(q: Question): boolean {
  return q.feedback.correct !== null || q.feedback.general !== null;
}
