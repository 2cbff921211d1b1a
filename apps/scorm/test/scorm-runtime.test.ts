import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import type { CourseBuild } from '@coursepack/core';
import type { FileServer, TestBrowser } from '@coursepack/test-kit';
import { assetsOf, courseFromFiles, findChromium, IMAGE_FILES, launchBrowser, serveFiles } from '@coursepack/test-kit';
import { exportScormCourse, exportScormModule } from '../src/index.js';
import { answerFixture, expectedState } from './answer-module.js';
import { fixtureFiles } from './fixture-course.js';
import { launchData, launchSco, lmsFiles } from './lms-session.js';

const chromium = findChromium();
const blocked: string[] = [];
let browser: TestBrowser;
let build: CourseBuild;

async function serve(version: '1.2' | '2004', course: CourseBuild = build): Promise<{ server: FileServer; manifest: string }> {
  const module = course.course.modules[0];
  if (!module) throw new Error('fixture has no module');
  const zip = (await exportScormModule(module, course, { version })).files[0];
  if (!zip) throw new Error('no zip');
  const files = await lmsFiles(zip.bytes);
  return { server: await serveFiles(files), manifest: new TextDecoder().decode(files.get('pkg/imsmanifest.xml')) };
}

/** What the learner sees after the fixture answers come back. */
const restored = { pick: true, numeric: '6', result: 'Correct: 2 of 2 points.', revealed: true, note: 'The second idea.', conceptual: '2', total: '14' };

async function restoredView(sco: Frame): Promise<typeof restored & { gate: boolean[] }> {
  return {
    pick: await sco.locator('#q-1-choice-b').isChecked(),
    numeric: await sco.locator('#q-4-answer').inputValue(),
    result: (await sco.locator('#q-1-result').textContent()) ?? '',
    revealed: await sco.locator('#q-0-reveal').isVisible(),
    note: await sco.locator('#note-0').inputValue(),
    conceptual: await sco.locator('#crit-0').inputValue(),
    total: (await sco.locator('#rubric-total').textContent()) ?? '',
    gate: [await sco.locator('#gate-0').isChecked(), await sco.locator('#gate-1').isChecked()],
  };
}

/** Each image of a page, once it has loaded or failed: its src and natural width (0 when it did not load). */
async function shownImages(frame: Frame): Promise<[string, number][]> {
  await frame.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  return frame.evaluate(() => Array.from(document.images).map((img): [string, number] => [img.getAttribute('src') ?? '', img.naturalWidth]));
}

/** The width a PNG's header gives, by the image's src (`assets/<path>` percent-encoded, as the pages write it). */
function pngWidths(): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const [file, bytes] of assetsOf(IMAGE_FILES)) widths[`assets/${file.split('/').map(encodeURIComponent).join('/')}`] = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
  return widths;
}

function flatten(value: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out[prefix] = String(value);
  return out;
}

describe.skipIf(!chromium)('SCORM runtime under scorm-again', () => {
  beforeAll(async () => {
    browser = await launchBrowser(chromium ?? '', blocked);
    browser.context.setDefaultTimeout(5000);
    build = await courseFromFiles(fixtureFiles);
  });
  afterAll(async () => browser?.close());

  it('SCORM 1.2: reports status, score, interactions, time and exit, then resumes from suspend_data', async () => {
    const { server, manifest } = await serve('1.2');
    const first = await launchSco(browser.context, server.url, '12', launchData(manifest, '12'));
    await answerFixture(first.sco, [0, 1]);
    await first.unload();
    const cmi = flatten(await first.cmi());
    expect(cmi['cmi.core.lesson_status']).toBe('completed');
    expect([cmi['cmi.core.score.raw'], cmi['cmi.core.score.min'], cmi['cmi.core.score.max']]).toEqual(['14', '0', '19']);
    expect(cmi['cmi.core.exit']).toBe('');
    // The SCO writes HH:MM:SS.SS; scorm-again stores it normalized (fractions only when non-zero).
    const sent = (await first.calls()).filter((c) => c.args[0] === 'cmi.core.session_time').map((c) => c.args[1]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^\d{2,4}:\d{2}:\d{2}\.\d{2}$/);
    expect(cmi['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const interactions = [0, 1, 2, 3, 4, 5].map((n) => ['id', 'type', 'student_response', 'result'].map((k) => cmi[`cmi.interactions.${n}.${k}`]));
    expect(interactions).toEqual([
      ['m1_basics.conceptual-1', 'fill-in', 'It comes before the second.', 'neutral'],
      ['m1_basics.pick', 'choice', 'b', 'correct'],
      ['m1_basics.conceptual-3', 'choice', 'a,c', 'correct'],
      ['m1_basics.conceptual-4', 'true-false', 'f', 'correct'],
      ['m1_basics.applied-1', 'numeric', '6', 'correct'],
      ['m1_basics.applied-2', 'fill-in', 'second', 'wrong'],
    ]);
    const suspendData = cmi['cmi.suspend_data'] ?? '';
    expect(JSON.parse(suspendData)).toEqual(expectedState('11'));
    const calls = await first.calls();
    expect(calls.filter((c) => c.error !== '0')).toEqual([]);
    expect(calls.filter((c) => c.fn === 'LMSCommit').length).toBeLessThan(20);
    await first.page.close();

    const again = await launchSco(browser.context, server.url, '12', launchData(manifest, '12', suspendData));
    expect(await restoredView(again.sco)).toEqual({ ...restored, gate: [true, true] });
    await again.unload();
    expect((await again.calls()).filter((c) => c.error !== '0')).toEqual([]);
    await again.page.close();
    expect(blocked).toEqual([]);
    expect(server.notFound).toEqual([]);
    await server.close();
  });

  it('SCORM 2004: reports completion, success against the passing score, scaled score, progress and interactions', async () => {
    const passing = await courseFromFiles({ ...fixtureFiles, 'coursepack.config.json': '{ "passingScore": 0.8 }' });
    const { server, manifest } = await serve('2004', passing);
    expect(manifest).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    const first = await launchSco(browser.context, server.url, '2004', launchData(manifest, '2004'));
    await answerFixture(first.sco, [0]);
    await first.unload();
    const cmi = flatten(await first.cmi());
    const pick = (keys: string[]): string[] => keys.map((k) => cmi[`cmi.${k}`] ?? '(unset)');
    expect(pick(['completion_status', 'success_status', 'exit', 'progress_measure'])).toEqual(['incomplete', 'failed', 'suspend', '0.5']);
    expect(pick(['score.scaled', 'score.raw', 'score.min', 'score.max'])).toEqual(['0.7368', '14', '0', '19']);
    const sent = (await first.calls()).filter((c) => c.args[0] === 'cmi.session_time').map((c) => c.args[1]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatch(/^PT\d+H\d+M\d+(\.\d{1,2})?S$/);
    expect(cmi['cmi.session_time']).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
    const interactions = [0, 1, 2, 3, 4, 5].map((n) => ['id', 'type', 'learner_response', 'result', 'description'].map((k) => cmi[`cmi.interactions.${n}.${k}`]));
    expect(interactions).toEqual([
      ['m1_basics.conceptual-1', 'long-fill-in', 'It comes before the second.', 'neutral', 'Why does the first idea matter? See 02_explainer.md §1.1.'],
      ['m1_basics.pick', 'choice', 'b', 'correct', 'Which one is right?'],
      ['m1_basics.conceptual-3', 'choice', 'a[,]c', 'correct', 'Which are even?'],
      ['m1_basics.conceptual-4', 'true-false', 'false', 'correct', 'The sky is green.'],
      ['m1_basics.applied-1', 'numeric', '6', 'correct', 'How many sides has a hexagon?'],
      ['m1_basics.applied-2', 'fill-in', 'second', 'incorrect', 'Name the first idea.'],
    ]);
    const suspendData = cmi['cmi.suspend_data'] ?? '';
    expect(JSON.parse(suspendData)).toEqual(expectedState('10'));
    expect((await first.calls()).filter((c) => c.error !== '0')).toEqual([]);
    await first.page.close();

    const again = await launchSco(browser.context, server.url, '2004', launchData(manifest, '2004', suspendData));
    expect(await restoredView(again.sco)).toEqual({ ...restored, gate: [true, false] });
    await again.sco.locator('#gate-1').check();
    await again.unload();
    const after = flatten(await again.cmi());
    expect(['completion_status', 'success_status', 'exit', 'progress_measure'].map((k) => after[`cmi.${k}`])).toEqual(['completed', 'failed', 'normal', '1']);
    expect(JSON.parse(after['cmi.suspend_data'] ?? '')).toEqual(expectedState('11'));
    expect((await again.calls()).filter((c) => c.error !== '0')).toEqual([]);
    expect([...first.errors, ...again.errors]).toEqual([]);
    await again.page.close();
    expect(blocked).toEqual([]);
    expect(server.notFound).toEqual([]);
    await server.close();
  });

  it('a course package launches each SCO with the shared runtime', async () => {
    const result = await exportScormCourse(build, { version: '2004', scormCourse: true });
    const files = await lmsFiles(result.files[0]?.bytes ?? new Uint8Array());
    const server = await serveFiles(files);
    const session = await launchSco(browser.context, server.url, '2004', launchData('', '2004'), 'pkg/m1_basics/index.html');
    await session.sco.locator('#gate-0').check();
    await session.unload();
    const cmi = flatten(await session.cmi());
    expect([cmi['cmi.completion_status'], cmi['cmi.progress_measure'], cmi['cmi.exit']]).toEqual(['incomplete', '0.5', 'suspend']);
    expect((await session.calls()).filter((c) => c.error !== '0')).toEqual([]);
    expect(session.errors).toEqual([]);
    expect(server.notFound).toEqual([]);
    await session.page.close();
    await server.close();
  });

  it('finds the API through window.opener when the SCO opens in a new window', async () => {
    const { server } = await serve('1.2');
    const page = await browser.context.newPage();
    await page.goto(`${server.url}host.html?v=12`);
    await page.waitForFunction(() => (window as unknown as { apiReady?: boolean }).apiReady === true);
    const [popup] = await Promise.all([browser.context.waitForEvent('page'), page.evaluate(() => { window.open('pkg/index.html', 'sco-window'); })]);
    await popup.waitForLoadState('load');
    await popup.locator('#gate-0').check();
    await popup.close({ runBeforeUnload: true });
    await page.waitForFunction(() => (window as unknown as { calls: { fn: string }[] }).calls.some((c) => c.fn === 'LMSFinish'));
    const calls = await page.evaluate(() => (window as unknown as { calls: { fn: string; args: string[]; error: string }[] }).calls);
    expect(calls[0]?.fn).toBe('LMSInitialize');
    expect(calls.filter((c) => c.error !== '0')).toEqual([]);
    expect(calls.filter((c) => c.args[0] === 'cmi.core.lesson_status').map((c) => c.args[1])).toEqual(['incomplete']);
    await page.close();
    await server.close();
  });

  // Last: the explainer's remote image is blocked on purpose, which the tests above check never happens.
  it('a SCO shows the images its package carries, in a module package and in a course package', async () => {
    const images = await courseFromFiles(IMAGE_FILES);
    const input = { ...images, assets: assetsOf(IMAGE_FILES) };
    const module = images.course.modules[0];
    if (!module) throw new Error('fixture has no module');
    const widths = pngWidths();
    const expected = (shown: [string, number][], base = ''): [string, number][] => shown.map(([src]) => [src, widths[src.slice(base.length)] ?? 0]);

    const single = await serveFiles(await lmsFiles((await exportScormModule(module, input, { version: '1.2' })).files[0]?.bytes ?? new Uint8Array()));
    const session = await launchSco(browser.context, single.url, '12', launchData('', '12'));
    const onPlayer = await shownImages(session.sco);
    expect(onPlayer.map(([src]) => src)).toEqual(['assets/pics/img/curves.png', 'assets/pics/img/curves.png', 'assets/shared/stage%20one.png', 'assets/pics/img/flow.png']);
    expect(onPlayer).toEqual(expected(onPlayer));
    expect(onPlayer.every(([, width]) => width > 0)).toBe(true);
    await session.unload();
    await session.page.close();
    // The explainer page: every packaged image loads; the missing file is the only 404, the remote image is never fetched.
    const page = await browser.context.newPage();
    await page.goto(`${single.url}pkg/explainer.html`);
    const onExplainer = await shownImages(page.mainFrame());
    expect(onExplainer.map(([src]) => src)).toEqual(['assets/pics/img/flow.png', 'assets/shared/stage%20one.png', 'https://example.org/remote.png', 'assets/pics/img/missing.png']);
    expect(onExplainer).toEqual([...expected(onExplainer.slice(0, 2)), ['https://example.org/remote.png', 0], ['assets/pics/img/missing.png', 0]]);
    expect(onExplainer[0]?.[1]).toBeGreaterThan(0);
    expect(single.notFound).toEqual(['pkg/assets/pics/img/missing.png']);
    expect(blocked.splice(0)).toEqual(['https://example.org/remote.png']);
    await page.close();
    await single.close();

    const course = await serveFiles(await lmsFiles((await exportScormCourse(input, { version: '2004', scormCourse: true })).files[0]?.bytes ?? new Uint8Array()));
    const inCourse = await launchSco(browser.context, course.url, '2004', launchData('', '2004'), 'pkg/pics/index.html');
    const onCoursePlayer = await shownImages(inCourse.sco);
    expect(onCoursePlayer.map(([src]) => src)).toEqual(onPlayer.map(([src]) => `../${src}`));
    expect(onCoursePlayer).toEqual(expected(onCoursePlayer, '../'));
    expect(onCoursePlayer.every(([, width]) => width > 0)).toBe(true);
    await inCourse.unload();
    expect([...session.errors, ...inCourse.errors]).toEqual([]);
    expect(course.notFound).toEqual([]);
    await inCourse.page.close();
    await course.close();
  });
});
