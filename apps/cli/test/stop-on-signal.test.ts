import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeContentFolder } from '@coursepack/test-kit';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/coursepack.js');
const review = (n: number) =>
  `# 06. Module ${n} Review — Topic ${n}\n\n## Embedded checkpoint\n\n### Recall\n\n${Array.from({ length: 12 }, (_, i) => `${i + 1}. Question ${i + 1} of module ${n}?\n   - [x] Yes\n   - [ ] No\n`).join('\n')}\n## Completion gate\n\n- [ ] Done.\n`;

/** Every entry under `dir`, as paths relative to it. */
const listing = async (dir: string) => (await readdir(dir, { recursive: true }).catch(() => [] as string[])).sort();
const unfinished = (names: readonly string[]) => names.filter((name) => /\.tmp-\d+|\.coursepack-build-|\.coursepack-lock/.test(name));

/** Run the binary; once `ready` says the build is under way, send it `signal`. */
function buildUntil(args: string[], ready: () => Promise<boolean>, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; signalled: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'build', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let signalled = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const poll = setInterval(() => {
      void ready().then((yes) => {
        if (yes && !signalled) {
          signalled = true;
          child.kill(signal);
        }
      });
    }, 5);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, signalled });
    });
  });
}

describe('a build stopped part-way (Ctrl-C, a CI timeout)', () => {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it.each([
    ['SIGINT', 130, false],
    ['SIGTERM', 143, true],
  ] as const)('clears what it began at once on %s, exits %i, and leaves the earlier outputs as they were (cache: %s)', async (signal, status, withCache) => {
    const content = await writeContentFolder(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`m${String(i + 1).padStart(2, '0')}/06_revision.md`, review(i + 1)])));
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-stopped-out-'));
    const cache = await mkdtemp(path.join(tmpdir(), 'coursepack-stopped-cache-'));
    made.push(content, out, cache);
    const cacheArgs = withCache ? ['--cache-dir', cache] : ['--no-cache'];

    // A finished build's outputs, then a longer build stopped while it writes its own.
    const first = await buildUntil([content, '--format', 'json', '--out', out, ...cacheArgs], async () => false, signal);
    expect(first.code).toBe(0);
    const before = await listing(out);
    const json = await readFile(path.join(out, 'json', 'm01.json'), 'utf8');
    // Under way: its scratch folder (no cache) or its first half-written cache entry is there.
    const underWay = async () => unfinished([...(await listing(out)), ...(await listing(cache))]).some((name) => !name.endsWith('.coursepack-lock'));
    const stopped = await buildUntil([content, '--format', 'json,pdf,qti30', '--out', out, ...cacheArgs], underWay, signal);

    expect(stopped.signalled).toBe(true);
    expect(stopped.code).toBe(status);
    expect(stopped.stderr).toContain(`coursepack: stopped (${signal}); the outputs in ${out} are as the last finished build left them`);
    expect(stopped.stderr).not.toMatch(/\n\s+at /);
    expect(unfinished(await listing(out))).toEqual([]);
    expect(unfinished(await listing(cache))).toEqual([]);
    expect(await listing(out)).toEqual(before);
    expect(await readFile(path.join(out, 'json', 'm01.json'), 'utf8')).toBe(json);
  }, 60_000);
});
