import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '@coursepack/test-kit';
import { courseFromFiles, findChromium, launchBrowser, serveFiles } from '@coursepack/test-kit';
import { exportScormModule } from '../src/index.js';
import { fixtureFiles } from './fixture-course.js';
import { launchData, launchSco, lmsFiles } from './lms-session.js';

const chromium = findChromium();
const blocked: string[] = [];
let browser: TestBrowser;

/** The largest state a learner can write: every text field long and full of characters JSON escapes. */
async function fillEverything(sco: Frame, long: string): Promise<void> {
  await sco.locator('#q-0-answer').fill(long);
  await sco.locator('#q-0-compare').click();
  await sco.locator('#note-0').fill(long);
  await sco.locator('#note-1').fill(`${long}\u00e9`);
  await sco.locator('#note-1').blur();
  for (const id of ['#q-1-choice-b', '#q-2-choice-a', '#q-2-choice-b', '#q-2-choice-c', '#q-3-choice-a']) await sco.locator(id).check();
  await sco.locator('#q-4-answer').fill('9'.repeat(100));
  await sco.locator('#q-5-answer').fill('"\\'.repeat(60));
  for (const q of [1, 2, 3, 4, 5]) await sco.locator(`#q-${q}-submit`).click();
  await sco.locator('#crit-0').fill('1.25');
  await sco.locator('#crit-2').fill('4.75');
  await sco.locator('#crit-2').blur();
  await sco.locator('#gate-0').check();
}

describe.skipIf(!chromium)('suspend_data limits', () => {
  beforeAll(async () => {
    browser = await launchBrowser(chromium ?? '', blocked);
    browser.context.setDefaultTimeout(10_000);
  });
  afterAll(async () => browser?.close());

  for (const [version, limit, size] of [['12', 4096, 6000], ['2004', 64000, 40000]] as const) {
    it(`SCORM ${version}: long notes are shortened in the LMS copy (at most ${limit}), kept whole in the browser`, async () => {
      const build = await courseFromFiles(fixtureFiles);
      const module = build.course.modules[0];
      if (!module) throw new Error('fixture');
      const zip = (await exportScormModule(module, build, { version: version === '12' ? '1.2' : '2004' })).files[0];
      const files = await lmsFiles(zip?.bytes ?? new Uint8Array());
      const server = await serveFiles(files);
      const manifest = new TextDecoder().decode(files.get('pkg/imsmanifest.xml'));
      const long = '"\\\u0001<x>'.repeat(size / 5);
      const first = await launchSco(browser.context, server.url, version, launchData(manifest, version));
      await fillEverything(first.sco, long);
      expect(await first.sco.locator('#cp-shortened').isVisible()).toBe(true);
      await first.unload();
      const cmi = (await first.cmi()) as { cmi: { suspend_data: string } };
      const stored = cmi.cmi.suspend_data;
      expect(stored.length).toBeLessThanOrEqual(limit);
      const state = JSON.parse(stored) as { t: number; n: string[]; a: string[] };
      expect(state.t).toBe(1);
      expect(long.startsWith(state.n[0] ?? 'x')).toBe(true);
      expect((await first.calls()).filter((c) => c.error !== '0')).toEqual([]);
      await first.page.close();

      const again = await launchSco(browser.context, server.url, version, launchData(manifest, version, stored));
      expect(await again.sco.locator('#note-0').inputValue()).toBe(long);
      expect(await again.sco.locator('#q-0-answer').inputValue()).toBe(long);
      await again.page.close();
      expect([...first.errors, ...again.errors]).toEqual([]);
      await server.close();
      expect(blocked).toEqual([]);
      console.info(`largest suspend_data measured, SCORM ${version}: ${stored.length} of ${limit}`);
    });
  }
});
