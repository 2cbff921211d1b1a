import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { chromium } from 'playwright-core';

/** A browser with a fresh profile; `close()` also deletes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Launch a system chromium headless and locked down: no background networking, a temporary
 * profile. Requests to anything but 127.0.0.1 are aborted and recorded in `blocked`.
 */
export async function launchBrowser(executablePath: string, blocked: string[] = []): Promise<TestBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'coursepack-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
