import { fork } from 'node:child_process';
import type { ChildProcess, Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Compiled child script, found from src/internal (tests) and dist/internal alike.
const CHILD = fileURLToPath(new URL('../../dist/internal/booklet-child.js', import.meta.url));

// Typesetters at work, stopped with the build: a build stopped by a signal (Ctrl-C, a CI job's
// timeout) exits at once, and a child typesetting a large volume would go on for seconds alone.
const live = new Set<ChildProcess>();
let stopsWithProcess = false;

/**
 * Typeset template data (with the image files it shows, and the font files the course adds) in a
 * short-lived child process and return the PDF bytes.
 */
export function compileInChild(data: object, files: ReadonlyMap<string, Uint8Array> = new Map(), fonts: readonly Uint8Array[] = []): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = fork(CHILD, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    live.add(child);
    if (!stopsWithProcess) {
      stopsWithProcess = true;
      process.once('exit', () => {
        for (const running of live) running.kill();
      });
    }
    let settled = false;
    child.once('message', (message: { pdf?: Uint8Array; error?: string }) => {
      settled = true;
      if (message.pdf) resolve(message.pdf);
      else reject(new Error(`typesetting a booklet volume failed:\n${message.error ?? ''}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      live.delete(child);
      if (!settled) reject(new Error(`the booklet typesetter stopped with exit code ${code}`));
    });
    // Advanced serialization carries the image and font bytes as they are (structured clone), not as JSON.
    child.send({ data, files: [...files], fonts: [...fonts] } as Serializable);
  });
}
