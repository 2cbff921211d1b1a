import { Worker } from 'node:worker_threads';
import type { RawFile } from '@coursepack/core';
import type { WorkerInit } from './module-worker.js';
import type { ModuleResult } from './process-module.js';

/** A module to build and the files it is built from. */
export interface PoolTask {
  moduleId: string;
  files: RawFile[];
}

// Compiled worker, found from src/build (tests) and dist/build alike; it resolves packages to
// their compiled code, whatever export conditions the parent runs with.
const WORKER_URL = new URL('../../dist/build/module-worker.js', import.meta.url);

/**
 * Build modules on `jobs` worker threads, one module per message so a slow module never holds
 * up the others; `onResult` runs on the main thread as each module finishes.
 */
export async function runWorkerPool(init: WorkerInit, tasks: PoolTask[], jobs: number, onResult: (result: ModuleResult) => Promise<void>): Promise<void> {
  const queue = [...tasks];
  const drive = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // Results are written one after another, in the order they arrive.
      let writing: Promise<void> = Promise.resolve();
      const next = () => {
        const task = queue.shift();
        if (!task) {
          writing.then(resolve, reject);
          return;
        }
        const buffers = task.files.flatMap((f) => (f.bytes && f.bytes.buffer instanceof ArrayBuffer && f.bytes.byteOffset === 0 && f.bytes.byteLength === f.bytes.buffer.byteLength ? [f.bytes.buffer] : []));
        worker.postMessage({ type: 'task', moduleId: task.moduleId, files: task.files }, buffers);
      };
      worker.on('message', (message: { type: string; result?: ModuleResult; moduleId?: string; stack?: string }) => {
        if (message.type === 'ready') next();
        else if (message.type === 'result' && message.result) {
          const result = message.result;
          writing = writing.then(() => onResult(result));
          writing.catch(reject);
          next();
        } else if (message.type === 'error') reject(new Error(`building module ${message.moduleId ?? '?'} failed in a worker:\n${message.stack ?? ''}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`a build worker exited with code ${code}`));
      });
      worker.postMessage(init);
    });
  const workers = Array.from({ length: Math.max(1, Math.min(jobs, tasks.length)) }, () => new Worker(WORKER_URL, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 96 } }));
  try {
    await Promise.all(workers.map(drive));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
