import { request } from 'node:http';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { main } from 'coursepack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Preview } from '../src/preview/start-preview.js';
import { startPreview } from '../src/preview/start-preview.js';
import { runCli } from './run-cli.js';

// Two modules: m1 with a title full of HTML's troublemakers and an image, m2 showing an image that
// is not there (an `image-missing` error at 3:5).
const FLOW = solidPng(8, 8);
const FILES = {
  'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Basics\n\nOriginal text.\n\n![The flow](img/flow.png)\n',
  'm1/06_revision.md': '# 06. Module 1 Review — Tags <b> & "quotes"\n\n## Completion gate\n\n- [ ] Done.\n',
  'm1/img/flow.png': FLOW,
  'm2/06_revision.md': '# 06. Module 2 Review — Broken\n\nSee ![Gone](missing.png).\n\n## Completion gate\n\n- [ ] Done.\n',
};
const RELOAD_TAG = '<script src="/__coursepack/reload.js"></script>';

/** Poll until `check` gives a value (not undefined), or fail after a generous deadline. */
async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A GET with the path sent exactly as written (fetch would resolve `..` and `%2e%2e` first). */
function rawGet(base: string, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: rawPath, agent: false, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Everything an event stream has sent so far, read in the background until `stop`. */
function listen(url: string): { text: () => string; stop: () => void } {
  const abort = new AbortController();
  let text = '';
  void (async () => {
    try {
      const res = await fetch(url, { signal: abort.signal });
      const decoder = new TextDecoder();
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) text += decoder.decode(chunk, { stream: true });
    } catch {
      // Aborted, or the preview closed the stream.
    }
  })();
  return { text: () => text, stop: () => abort.abort() };
}

const count = (name: string) => process.getActiveResourcesInfo().filter((r) => r === name).length;

describe('coursepack preview', () => {
  let root = '';
  let preview: Preview;
  beforeAll(async () => {
    root = await writeContentFolder(FILES);
    preview = await startPreview({ root, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await preview.close();
    await rm(root, { recursive: true, force: true });
  });

  it('lists the modules on the index, titles escaped, each with its problems', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(preview.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<a href="m1/">Module 1 Review — Tags &lt;b&gt; &amp; &quot;quotes&quot;</a>');
    expect(html).not.toContain('Tags <b>');
    expect(html).toContain('<a href="m2/">Module 2 Review — Broken</a>');
    expect(html).toContain(RELOAD_TAG);
    // The broken module's error, placed and coded.
    const m2 = html.slice(html.indexOf('href="m2/"'));
    expect(m2).toMatch(/m2\/06_revision\.md:3:5<\/span> <span class="severity">error<\/span> `missing\.png` is not a file of the content folder[^<]*<a href="[^"]+"><code>image-missing<\/code><\/a>/);
  });

  it('serves a module’s pages as HTML with the reload script, and the script itself', async () => {
    const launch = await fetch(`${preview.url}m1/`);
    expect(launch.status).toBe(200);
    expect(launch.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await launch.text();
    expect(page).toContain('Module 1 Review — Tags &#x3C;b> &#x26; "quotes"');
    expect(page).toContain(`${RELOAD_TAG}</body>`);
    const explainer = await (await fetch(`${preview.url}m1/explainer.html`)).text();
    expect(explainer).toContain('Original text.');
    expect(explainer).toContain(RELOAD_TAG);
    expect((await fetch(`${preview.url}m1/player.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await fetch(`${preview.url}__coursepack/reload.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toContain("new EventSource(\"/__coursepack/events\").addEventListener('reload'");
    // The folder without its slash moves to it, so the pages' relative links work.
    const bare = await fetch(`${preview.url}m1`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([308, '/m1/']);
  });

  it('serves the images a page shows, with their type and bytes', async () => {
    const explainer = await (await fetch(`${preview.url}m1/explainer.html`)).text();
    const src = /<img src="([^"]+)"/.exec(explainer)?.[1];
    expect(src).toBe('assets/m1/img/flow.png');
    const image = await fetch(`${preview.url}m1/${src}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(FLOW);
  });

  it('answers 404 for anything the players did not build', async () => {
    for (const p of ['nope', 'nope/', 'm1/nope.html', 'm1/img/flow.png', 'm1/02_explainer.md', 'm2/assets/m2/missing.png', '__coursepack/other', 'favicon.ico']) {
      expect((await fetch(`${preview.url}${p}`)).status, p).toBe(404);
    }
  });

  it('never leaves the built files, however the path is written', async () => {
    const attempts = [
      '/m1/../../etc/passwd',
      '/m1/%2e%2e/%2e%2e/etc/passwd',
      '/m1/%2E%2E/%2E%2E/etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/m1/./index.html',
      '/m1/%00',
      '/m1/index.html%00.png',
      '/m1/..%5c..%5cetc%5cpasswd',
      '/m1/%5c..%5c..%5cetc%5cpasswd',
      '/m1/%2fetc%2fpasswd',
      '/m1/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/m1/%zz',
      'http://example.org/etc/passwd',
    ];
    for (const attempt of attempts) {
      const { status, body } = await rawGet(preview.url, attempt);
      expect([400, 404], attempt).toContain(status);
      expect(body, attempt).not.toMatch(/root:|<html/);
    }
    // fetch resolves the dots itself: what reaches the preview is then just an unknown path.
    expect((await fetch(new URL('/m1/../../etc/passwd', preview.url))).status).toBe(404);
  });

  it("answers only to this machine's names, so a rebound name of another site reads nothing", async () => {
    for (const host of ['evil.example', 'evil.example:4321', '127.0.0.1.evil.example', 'localhost.evil.example']) {
      const { status, body } = await rawGet(preview.url, '/', { host });
      expect([host, status], host).toEqual([host, 421]);
      expect(body).not.toContain('<html');
    }
    for (const host of ['localhost', `localhost:${new URL(preview.url).port}`, '127.0.0.1', '[::1]:80', 'app.localhost']) {
      expect((await rawGet(preview.url, '/', { host })).status, host).toBe(200);
    }
  });

  it('shows a module with errors, built from what parsed', async () => {
    const res = await fetch(`${preview.url}m2/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Module 2 Review — Broken');
  });
});

describe('coursepack preview after an edit', () => {
  it('tells open pages to reload, then serves the new text, and closes everything', async () => {
    const root = await writeContentFolder(FILES);
    const watchers = count('FSEventWrap');
    const servers = count('TCPServerWrap');
    const reloads: string[] = [];
    const preview = await startPreview({ root, port: 0, host: '127.0.0.1', onReload: (site) => reloads.push(site.title) });
    try {
      expect(count('FSEventWrap')).toBeGreaterThan(watchers);
      expect(count('TCPServerWrap')).toBe(servers + 1);
      const events = listen(`${preview.url}__coursepack/events`);
      await waitFor(() => (events.text().includes(': coursepack preview') ? true : undefined), 'the event stream to open');
      await writeFile(path.join(root, 'm1/02_explainer.md'), '# 02. Explainer\n\n## 1. Basics\n\nChanged text.\n');
      await waitFor(() => (events.text().includes('event: reload\n') ? true : undefined), 'a reload event');
      expect(reloads.length).toBeGreaterThan(0);
      const explainer = await (await fetch(`${preview.url}m1/explainer.html`)).text();
      expect(explainer).toContain('Changed text.');
      expect(explainer).not.toContain('Original text.');

      const shows = (page: string, text: string) => waitFor(async () => ((await (await fetch(`${preview.url}${page}`)).text()).includes(text) ? true : undefined), `${page} to show ${text}`);
      // Saved as many editors save, a new copy renamed over the file, then edited in place: both are seen.
      const explainerFile = path.join(root, 'm1/02_explainer.md');
      await writeFile(`${explainerFile}.tmp`, '# 02. Explainer\n\n## 1. Basics\n\nRenamed text.\n');
      await rename(`${explainerFile}.tmp`, explainerFile);
      await shows('m1/explainer.html', 'Renamed text.');
      await writeFile(explainerFile, '# 02. Explainer\n\n## 1. Basics\n\nEdited in place.\n');
      await shows('m1/explainer.html', 'Edited in place.');

      // Fixing the broken module clears its error from the index; a new module folder joins it.
      await writeFile(path.join(root, 'm2/06_revision.md'), '# 06. Module 2 Review — Mended\n\n## Completion gate\n\n- [ ] Done.\n');
      await shows('', 'Module 2 Review — Mended');
      expect(await (await fetch(preview.url)).text()).not.toContain('image-missing');
      await mkdir(path.join(root, 'm3'));
      await writeFile(path.join(root, 'm3/06_revision.md'), '# 06. Module 3 Review — New\n\n## Completion gate\n\n- [ ] Done.\n');
      await shows('', '<a href="m3/">Module 3 Review — New</a>');
      await writeFile(path.join(root, 'm3/06_revision.md'), '# 06. Module 3 Review — Newer\n\n## Completion gate\n\n- [ ] Done.\n');
      await shows('m3/', 'Module 3 Review — Newer');
      events.stop();
    } finally {
      await preview.close();
      await rm(root, { recursive: true, force: true });
    }
    await expect(fetch(preview.url)).rejects.toThrow();
    // No watcher and no listening socket is left to keep the process alive.
    await waitFor(() => (count('FSEventWrap') === watchers && count('TCPServerWrap') === servers ? true : undefined), 'the watcher and the server to close');
  });
});

describe('coursepack preview, the command', () => {
  let root = '';
  beforeAll(async () => {
    root = await writeContentFolder(FILES);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('prints its help, and refuses a bad port', async () => {
    const help = await runCli(['preview', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: coursepack preview [path] [options]');
    expect((await runCli(['--help'])).stdout).toContain('  preview   serve a live preview');
    for (const port of ['abc', '-1', '65536', '1.5', '']) {
      const bad = await runCli(['preview', root, `--port=${port}`]);
      expect([bad.code, bad.stderr], port).toEqual([2, 'coursepack preview: --port must be a whole number from 0 to 65535 (0 picks a free port)\n']);
    }
    expect((await runCli(['preview', path.join(root, 'nowhere')])).code).toBe(2);
  });

  it('says so, without a stack, when the port is taken', async () => {
    const taken = await startPreview({ root, port: 0, host: '127.0.0.1' });
    try {
      const port = new URL(taken.url).port;
      const { code, stdout, stderr } = await runCli(['preview', root, '--port', port]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`coursepack preview: port ${port} is already in use on 127.0.0.1; choose another with --port, or --port 0 for a free one\n`);
    } finally {
      await taken.close();
    }
  });

  it('serves until interrupted, then stops and exits 0', async () => {
    const before = new Set(process.listeners('SIGINT'));
    let stdout = '';
    let stderr = '';
    const run = main(['preview', root, '--port', '0'], { cwd: root, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
    const url = await waitFor(() => /^Previewing \S+ at (http:\/\/127\.0\.0\.1:\d+\/)\n$/.exec(stdout)?.[1], 'the preview to start');
    expect(stdout).toBe(`Previewing ${path.basename(root)} at ${url}\n`);
    // The broken module's error, in the stylish format.
    expect(stderr).toContain('m2/06_revision.md\n  3:5-3:25  error');
    expect(stderr).toContain('image-missing');
    expect((await fetch(url)).status).toBe(200);
    // Only the handler the command added is called (process.emit would also call the test runner's).
    const stop = process.listeners('SIGINT').filter((l) => !before.has(l));
    expect(stop).toHaveLength(1);
    (stop[0] as () => void)();
    expect(await run).toBe(0);
    expect(process.listeners('SIGINT').filter((l) => !before.has(l))).toEqual([]);
    await expect(fetch(url)).rejects.toThrow();
  });
});
