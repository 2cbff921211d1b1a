import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { FileServer, TestBrowser } from '@coursepack/test-kit';
import { launchBrowser, serveFiles } from '@coursepack/test-kit';

/** How a test answers an item: choices to click and/or text to type into the text entry. */
export interface Answer {
  click?: string[];
  type?: string;
}

/** What the player reports after scoring an item. */
export interface PlayedItem {
  identifier: string;
  interactions: { type: string; isUpgraded: boolean }[];
  text: string;
  outcomes: Record<string, unknown>;
  responses: Record<string, unknown>;
  /** Identifiers of the modal feedback shown. */
  feedback: string[];
}

/** An image of a mounted item: its source after the player resolved it, and its width once loaded (0 if it failed). */
export interface ShownImage {
  src: string;
  naturalWidth: number;
}

/** A chromium page running @citolab/qti-components, fed QTI 3 item files over loopback. */
export interface QtiPlayer {
  play: (name: string, qti3Xml: string, answer: Answer) => Promise<PlayedItem>;
  /** Serve files (a whole package) under `folder/`. */
  serve: (folder: string, files: readonly { path: string; bytes: Uint8Array }[]) => void;
  /** Mount a served item and report its images once they have loaded. */
  images: (itemPath: string) => Promise<ShownImage[]>;
  blocked: string[];
  notFound: () => string[];
  close: () => Promise<void>;
}

const require = createRequire(import.meta.url);
const encoder = new TextEncoder();

/** Start chromium with the player page. */
export async function startQtiPlayer(chromium: string): Promise<QtiPlayer> {
  const files = new Map<string, Uint8Array>([
    ['host.html', readFileSync(new URL('./player/host.html', import.meta.url))],
    ['qti-components/index.js', readFileSync(require.resolve('@citolab/qti-components/cdn/index.js'))],
    ['qti-components/item.css', readFileSync(require.resolve('@citolab/qti-components/item.css'))],
  ]);
  const server: FileServer = await serveFiles(files);
  const blocked: string[] = [];
  const browser: TestBrowser = await launchBrowser(chromium, blocked);
  const page: Page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}host.html`);
  await page.waitForFunction(() => (globalThis as unknown as { playerReady?: boolean }).playerReady === true);
  return {
    blocked,
    notFound: () => server.notFound.filter((p) => p !== 'favicon.ico'),
    async play(name, xml, answer) {
      files.set(`items/${name}`, encoder.encode(xml));
      const mounted = await page.evaluate((url) => (globalThis as unknown as { mountItem: (u: string) => Promise<Omit<PlayedItem, 'outcomes' | 'responses' | 'feedback'>> }).mountItem(url), `/items/${name}`);
      for (const id of answer.click ?? []) await page.locator(`#container qti-simple-choice[identifier="${id}"]`).click();
      if (answer.type !== undefined) {
        const input = page.locator('#container qti-text-entry-interaction input');
        await input.fill(answer.type);
        await input.press('Tab');
      }
      const scored = await page.evaluate(() => (globalThis as unknown as { scoreItem: () => Promise<Pick<PlayedItem, 'outcomes' | 'responses' | 'feedback'>> }).scoreItem());
      return { ...mounted, ...scored };
    },
    serve(folder, served) {
      for (const file of served) files.set(`${folder}/${file.path}`, file.bytes);
    },
    async images(itemPath) {
      await page.evaluate((url) => (globalThis as unknown as { mountItem: (u: string) => Promise<unknown> }).mountItem(url), `/${itemPath}`);
      return page.evaluate(() => (globalThis as unknown as { itemImages: () => Promise<ShownImage[]> }).itemImages());
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
