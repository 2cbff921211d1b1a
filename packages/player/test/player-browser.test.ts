import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestBrowser } from '@coursepack/test-kit';
import { assetsOf, courseFromFiles, findChromium, launchBrowser, serveFiles } from '@coursepack/test-kit';
import type { ExampleFiles } from '@coursepack/core';
import { buildPlayer, playerAssets } from '../src/index.js';
import { evilFiles, playerFiles } from './fixture-files.js';

const chromium = findChromium();
const blocked: string[] = [];
let browser: TestBrowser;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serve a browser-only player of the first module; returns its page and the files served. */
async function openPlayer(files: ExampleFiles): Promise<{ page: Page; url: string; close: () => Promise<void>; dialogs: string[]; html: string }> {
  const build = await courseFromFiles(files);
  const module = build.course.modules[0];
  if (!module) throw new Error('fixture has no module');
  const built = buildPlayer(module, build, { version: null });
  const server = await serveFiles(new Map(built.files.map((f) => [f.path, f.bytes])));
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(`${server.url}index.html`);
  const html = new TextDecoder().decode(built.files.find((f) => f.path === 'index.html')?.bytes);
  return { page, url: server.url, dialogs, html, close: async () => { await page.close(); await server.close(); expect(server.notFound).toEqual([]); } };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe.skipIf(!chromium)('learner player in chromium', () => {
  beforeAll(async () => {
    browser = await launchBrowser(chromium ?? '', blocked);
    browser.context.setDefaultTimeout(5000);
  });
  afterAll(async () => {
    await browser?.close();
    expect(blocked).toEqual([]);
  });

  it('works without an LMS: keyboard answers, state kept in the browser across reloads', async () => {
    const p = await openPlayer(playerFiles);
    expect(await p.page.locator('#cp-status').textContent()).toContain('saved in this browser');
    // No link may navigate the player's own window away; a module outside the package is not linked.
    expect(await p.page.locator('a', { hasText: 'the docs' }).getAttribute('target')).toBe('_blank');
    expect(await p.page.locator('a', { hasText: 'module two' }).getAttribute('href')).toBeNull();
    expect(await p.page.locator('.refs a').first().getAttribute('target')).toBe('_blank');
    await p.page.focus('#q-1-choice-b');
    await p.page.keyboard.press('Space');
    await p.page.keyboard.press('Tab');
    expect(await p.page.evaluate(() => document.activeElement?.id)).toBe('q-1-submit');
    await p.page.keyboard.press('Enter');
    expect(await p.page.locator('#q-1-result').textContent()).toBe('Correct: 2 of 2 points.');
    expect(await p.page.locator('#q-1-fb-correct').isVisible()).toBe(true);
    await p.page.locator('#q-2-answer').fill('41');
    await p.page.locator('#q-2-submit').click();
    expect(await p.page.locator('#q-2-result').textContent()).toBe('Not correct: 0 of 2 points.');
    await p.page.locator('#crit-0').fill('9');
    await p.page.locator('#crit-0').blur();
    expect(await p.page.locator('#crit-0').inputValue()).toBe('2');
    expect(await p.page.locator('#rubric-total').textContent()).toBe('4');
    await p.page.locator('#note-0').fill('A note.');
    await p.page.locator('#note-0').blur();
    await p.page.locator('#gate-0').check();
    await p.page.reload();
    expect(await p.page.locator('#q-1-choice-b').isChecked()).toBe(true);
    expect(await p.page.locator('#note-0').inputValue()).toBe('A note.');
    expect(await p.page.locator('#rubric-total').textContent()).toBe('4');
    expect(await p.page.locator('#gate-0').isChecked()).toBe(true);
    expect(await p.page.locator('#q-0-reveal').isVisible()).toBe(false);
    await p.page.locator('#q-0-compare').click();
    expect(await p.page.locator('#q-0-reveal a').getAttribute('href')).toBe('explainer.html#sec-1-1');
    expect(await p.page.locator('#q-0-reveal').textContent()).toContain('Because.');
    await p.close();
  });

  it("prints the course's own labels, in its language's plural forms, on the page and at run time", async () => {
    const labels = {
      submit: 'Abschicken',
      points: { one: '{n} Punkt', other: '{n} Punkte' },
      resultCorrect: { one: 'Richtig: {n} von {n} Punkt.', other: 'Richtig: {n} von {n} Punkten.' },
      resultIncorrect: { one: 'Leider falsch: 0 von {n} Punkt.', other: 'Leider falsch: 0 von {n} Punkten.' },
      inProgress: 'In Arbeit.',
      savedInBrowser: 'Der Fortschritt bleibt in diesem Browser.',
      yourScoreFor: 'Ihre Punkte für {criterion} (0 bis {max})',
      fromAnswers: '+ {n} aus Antworten',
      notIncluded: 'Nicht in diesem Paket',
    };
    // A rubric of 5 leaves 1.5 points to each of the two questions without points of their own.
    const review = String(playerFiles['m1/06_revision.md']).replace('| Conceptual | __ | 6 |', '| Conceptual | __ | 5 |').replace('**6**', '**5**');
    const p = await openPlayer({ ...playerFiles, 'm1/06_revision.md': review, 'coursepack.config.json': JSON.stringify({ language: 'de', labels }) });
    expect(p.html).toContain('<html lang="de" dir="ltr">');
    expect(p.html).toContain('<button type="button" id="q-1-submit" class="action">Abschicken</button>');
    expect(p.html).toContain('<p class="points">2 Punkte</p>');
    // Numbers as German writes them, on the page and at run time.
    expect(p.html).toContain('<p class="points">1,5 Punkte</p>');
    expect(p.html).toContain('<label for="crit-0" class="sr-only">Ihre Punkte für Conceptual (0 bis 1,5)</label>');
    expect(p.html).toContain('<span class="auto">+ <output id="crit-0-auto">0</output> aus Antworten</span>');
    // A label not configured is the language's built-in one.
    expect(p.html).toContain('>Vergleichen</button>');
    expect(await p.page.locator('#cp-status').textContent()).toBe('In Arbeit. Der Fortschritt bleibt in diesem Browser.');
    expect(await p.page.locator('a', { hasText: 'module two' }).getAttribute('title')).toBe('Nicht in diesem Paket');
    await p.page.locator('#q-1-choice-a').check();
    await p.page.locator('#q-1-submit').click();
    expect(await p.page.locator('#q-1-result').textContent()).toBe('Leider falsch: 0 von 1,5 Punkten.');
    await p.page.locator('#q-1-choice-b').check();
    await p.page.locator('#q-1-submit').click();
    expect(await p.page.locator('#q-1-result').textContent()).toBe('Richtig: 1,5 von 1,5 Punkten.');
    expect(await p.page.locator('#crit-0-auto').textContent()).toBe('1,5');
    await p.close();
  });

  it("reads a learner's number with the marks of the course's language", async () => {
    const review = String(playerFiles['m1/06_revision.md']).replace('Answer: 42 ± 0.5', 'Answer: 1000 ± 0.5');
    const cases: [string, string, boolean][] = [
      ['en', '1,000', true],
      ['en', '1,000.25', true],
      ['en', '1000,25', true],
      ['en', '1,5', false],
      ['de', '1.000', true],
      ['de', '1.000,25', true],
      ['de', '1000.25', true],
      ['de', '1,5', false],
    ];
    for (const [language, typed, right] of cases) {
      const p = await openPlayer({ ...playerFiles, 'm1/06_revision.md': review, 'coursepack.config.json': JSON.stringify({ language }) });
      await p.page.locator('#q-2-answer').fill(typed);
      await p.page.locator('#q-2-submit').click();
      const result = await p.page.locator('#q-2-result').textContent();
      expect([language, typed, result?.startsWith(language === 'de' ? 'Richtig' : 'Correct')]).toEqual([language, typed, right]);
      await p.close();
    }
  });

  it('has no WCAG 2.1 AA violations (axe-core), fits a phone and prints without buttons', async () => {
    const p = await openPlayer(playerFiles);
    expect(await axeViolations(p.page)).toEqual([]);
    await p.page.locator('#q-1-choice-a').check();
    await p.page.locator('#q-1-submit').click();
    await p.page.locator('#q-0-compare').click();
    expect(await axeViolations(p.page)).toEqual([]);
    await p.page.setViewportSize({ width: 360, height: 740 });
    expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await p.page.emulateMedia({ media: 'print' });
    expect(await p.page.locator('#q-1-submit').isVisible()).toBe(false);
    await p.page.goto(`${p.url}explainer.html`);
    expect(await axeViolations(p.page)).toEqual([]);
    await p.close();
  });

  it('runs nothing an author wrote: no script, handler or javascript: link fires', async () => {
    const p = await openPlayer(evilFiles);
    expect(p.html).not.toMatch(/onerror|onload=|onclick|onmouseover|javascript:|<iframe|<svg/i);
    expect(p.html.match(/<script/g)?.length).toBe(4);
    // The author's links lost their javascript: targets; clicking them must do nothing.
    const authored = await p.page.locator('main a:not([target]):visible').all();
    expect(authored.length).toBeGreaterThan(0);
    for (const link of authored) await link.click();
    await p.page.locator('#q-0-compare').click();
    await p.page.locator('#q-1-choice-a').check();
    await p.page.locator('#q-1-submit').click();
    await p.page.hover('main');
    expect(await p.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await p.page.goto(`${p.url}explainer.html`);
    await p.page.hover('main');
    expect(await p.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(p.dialogs).toEqual([]);
    await p.close();
  });

  it("in a course package, opens another module's pages and its own downloads from its links, and disables a link to a missing file", async () => {
    const files = {
      'm1/05_hands_on_lab.md': '# 05. Lab\n\nCompare with [its explainer](../m2/02_explainer.md) and [a gap](../m2/missing.md).\n',
      'm1/06_revision.md': '# 06. Module 1 Review — One\n\n## Review loop\n\n1. Read [its explainer](../m2/02_explainer.md#sec-1), [its module](../m2/), [our lab](05_hands_on_lab.md), [the notes](files/notes.txt) and [a gap](../m2/missing.md).\n\n## Completion gate\n\n- [ ] Done.\n',
      'm1/files/notes.txt': 'Week 2 covers gates.\n',
      'm2/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nText.\n',
      'm2/06_revision.md': '# 06. Module 2 Review — Two\n\n## Completion gate\n\n- [ ] Done.\n',
    };
    const build = { ...(await courseFromFiles(files)), assets: assetsOf(files) };
    const served = new Map<string, Uint8Array>(playerAssets('player/').map((f) => [f.path, f.bytes]));
    for (const module of build.course.modules) {
      for (const f of buildPlayer(module, build, { version: null, prefix: `${module.id}/`, sharedAssets: 'player/', folderOf: (id) => id }).files) served.set(f.path, f.bytes);
    }
    const server = await serveFiles(served);
    const page = await browser.context.newPage();
    await page.goto(`${server.url}m1/index.html`);
    const links = () => page.locator('.review-loop li > p:first-child a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target') ?? a.getAttribute('title')]));
    expect(await links()).toEqual([
      ['its explainer', '../m2/explainer.html#sec-1', '_blank'],
      ['its module', '../m2/index.html', '_blank'],
      ['our lab', 'hands-on-lab.html', '_blank'],
      ['the notes', 'assets/m1/files/notes.txt', '_blank'],
      ['a gap', null, 'Not included in this package'],
    ]);
    // Each one that stays opens a page or a file the package holds.
    for (const [text, path] of [['its explainer', 'm2/explainer.html#sec-1'], ['its module', 'm2/index.html'], ['our lab', 'm1/hands-on-lab.html'], ['the notes', 'm1/assets/m1/files/notes.txt']] as const) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.locator('.review-loop li > p a', { hasText: text }).click()]);
      await popup.waitForLoadState();
      expect(popup.url()).toBe(`${server.url}${path}`);
      if (path.endsWith('.txt')) expect(await popup.locator('body').textContent()).toBe(files['m1/files/notes.txt']);
      else expect(await popup.title()).not.toBe('');
      await popup.close();
    }
    // The lab page has no runtime: its links were settled when it was written.
    await page.goto(`${server.url}m1/hands-on-lab.html`);
    expect(await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['../m2/explainer.html', null]);
    await page.close();
    await server.close();
    expect(server.notFound).toEqual([]);
  });
});

