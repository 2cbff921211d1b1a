import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import JSZip from 'jszip';

/** One API call the SCO made, as the test LMS logged it. */
export interface ApiCall {
  fn: string;
  args: string[];
  result: string;
  error: string;
}

/** A SCO launched inside the test LMS page. */
export interface LmsSession {
  page: Page;
  sco: Frame;
  calls: () => Promise<ApiCall[]>;
  /** scorm-again's CMI data model as JSON. */
  cmi: () => Promise<Record<string, unknown>>;
  /** Unload the SCO frame (as closing the window would) and wait for it to terminate. */
  unload: () => Promise<void>;
  /** Uncaught errors and console errors of the page and the SCO. */
  errors: string[];
}

const require = createRequire(import.meta.url);

/** scorm-again's browser bundle (the UMD build in `dist/`, whatever entry the resolver picks). */
function scormAgain(name: 'scorm12' | 'scorm2004'): Buffer {
  let dir = path.dirname(require.resolve(`scorm-again/${name}`));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return readFileSync(path.join(dir, 'dist', `${name}.js`));
}

/** The files an LMS test server serves: the host page, scorm-again, and the package under `pkg/`. */
export async function lmsFiles(zipBytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  files.set('host.html', readFileSync(new URL('./lms-host.html', import.meta.url)));
  files.set('vendor/scorm12.js', scormAgain('scorm12'));
  files.set('vendor/scorm2004.js', scormAgain('scorm2004'));
  const zip = await JSZip.loadAsync(zipBytes);
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(`pkg/${entry.name}`, await entry.async('uint8array'));
  return files;
}

/** Open the test LMS with a SCO and wait until it has initialized. */
export async function launchSco(context: BrowserContext, baseUrl: string, version: '12' | '2004', preload: unknown, sco = 'pkg/index.html'): Promise<LmsSession> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript((data) => { if (window === window.top) (window as unknown as { preload: unknown }).preload = data; }, preload);
  const query = new URLSearchParams({ v: version, sco });
  await page.goto(`${baseUrl}host.html?${query}`);
  await page.waitForFunction(() => (window as unknown as { calls?: { fn: string }[] }).calls?.some((c) => /Initialize$/.test(c.fn)) === true, null, { timeout: 10_000 })
    .catch((e: unknown) => { throw new Error(`the SCO did not initialize: ${errors.join('; ') || String(e)}`); });
  const frame = page.frame({ name: 'sco' });
  if (!frame) throw new Error('the SCO frame did not open');
  await frame.waitForLoadState('load');
  return {
    page,
    sco: frame,
    errors,
    calls: () => page.evaluate(() => (window as unknown as { calls: ApiCall[] }).calls),
    cmi: () => page.evaluate(() => (window as unknown as { lms: { renderCMIToJSONObject: () => Record<string, unknown> } }).lms.renderCMIToJSONObject()),
    async unload() {
      await page.evaluate(() => { (document.querySelector('iframe[name=sco]') as HTMLIFrameElement).src = 'about:blank'; });
      await page.waitForFunction(() => (window as unknown as { calls: { fn: string }[] }).calls.some((c) => /Finish$|Terminate$/.test(c.fn)));
    },
  };
}

/** What an LMS loads before launch, from the manifest (mastery score, scaled passing score). */
export function launchData(manifest: string, version: '12' | '2004', suspendData = ''): unknown {
  const resume = suspendData ? { suspend_data: suspendData } : {};
  if (version === '12') {
    const mastery = /<adlcp:masteryscore>([^<]+)</.exec(manifest)?.[1];
    return { cmi: { ...resume, core: { student_id: 'learner-1', student_name: 'Learner, Test', credit: 'credit', entry: suspendData ? 'resume' : 'ab-initio', lesson_mode: 'normal' }, ...(mastery ? { student_data: { mastery_score: mastery } } : {}) } };
  }
  const passing = /<imsss:minNormalizedMeasure>([^<]+)</.exec(manifest)?.[1];
  return { cmi: { ...resume, learner_id: 'learner-1', learner_name: 'Learner, Test', credit: 'credit', entry: suspendData ? 'resume' : 'ab-initio', mode: 'normal', ...(passing ? { scaled_passing_score: passing } : {}) } };
}
