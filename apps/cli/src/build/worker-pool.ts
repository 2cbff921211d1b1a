import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
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
const WORKER_PATH = fileURLToPath(new URL('../../dist/build/module-worker.js', import.meta.url));

/** When a worker thread is replaced: after so many modules (no limit unless set), or once its V8 heap is so large. */
export interface WorkerLimits {
  modules: number;
  heapMB: number;
}

/**
 * Worker threads, not processes: threads share the process's code, node's own memory and the
 * loaded libraries, where each worker process held its own copy. Measured here, 300 modules in
 * every format through two workers took the same CPU time either way (about 140 CPU-seconds),
 * with a peak of 477 MB for the one process against 678 MB for the three; a 1000-module build's
 * module phase went from 730-750 MB over three processes to 505-530 MB in one.
 *
 * Each thread has its own V8 heap, which grows as garbage builds up between collections (in that
 * build, to about 145 MB per thread, slowly). A thread is replaced once its heap passes the
 * limit, and only then: each new worker costs two to three CPU-seconds of start-up and compiling.
 */
export const WORKER_LIMITS: WorkerLimits = { modules: Infinity, heapMB: 175 };

/**
 * Each worker's young generation, in MB (V8 keeps three semi-spaces' worth; its default on a
 * 64-bit host is 48). A module's garbage is short-lived, so a smaller nursery is collected more
 * often but each time as cheaply. Measured here on 300 modules in every format through two
 * workers, 24 MB took the same time as the default (45-50 s either way, within the host's noise)
 * with the process's peak 40-50 MB lower; 96 MB was about a tenth faster but 70 MB higher.
 */
const YOUNG_GENERATION_MB = 24;

interface Message {
  type: 'ready' | 'result' | 'error';
  result?: ModuleResult;
  /** The worker's V8 heap after the module, in bytes. */
  heap?: number;
  moduleId?: string;
  stack?: string;
}

/**
 * Build modules in up to `jobs` worker threads, one module per message so a slow module never
 * holds up the others. Tasks are taken from `tasks` only as a worker is ready for one, so a lazy
 * source (modules read just ahead of the workers) is never drained early. `onResult` runs on this
 * thread as each module finishes, one at a time. Returns how many worker threads were started.
 */
export async function runWorkerPool(init: WorkerInit, tasks: Iterable<PoolTask> | AsyncIterable<PoolTask>, jobs: number, onResult: (result: ModuleResult) => Promise<void>, limits: WorkerLimits = WORKER_LIMITS): Promise<number> {
  const source = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
  const take = async (): Promise<PoolTask | undefined> => {
    const next = await source.next();
    return next.done ? undefined : next.value;
  };
  const live = new Set<Worker>();
  let started = 0;
  let writing: Promise<void> = Promise.resolve();

  // A worker is started only once there is a task for it, and replaced while tasks remain.
  const lane = async (): Promise<void> => {
    for (let task = await take(); task; task = await take()) await runWorker(task);
  };

  // One worker thread: builds `first`, then takes modules from the shared source until it has built its share.
  const runWorker = (first: PoolTask) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_PATH, { execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      live.add(worker);
      started++;
      let finished = false;
      let built = 0;
      let full = false;
      const send = (task: PoolTask) => {
        built++;
        worker.postMessage({ type: 'task', moduleId: task.moduleId, files: task.files });
      };
      const next = async () => {
        const task = built < limits.modules && !full ? await take() : undefined;
        if (task) send(task);
        else {
          finished = true;
          void worker.terminate();
          writing.then(resolve, reject);
        }
      };
      worker.on('message', (message: Message) => {
        if (message.type === 'ready') send(first);
        else if (message.type === 'result' && message.result) {
          const result = message.result;
          full = (message.heap ?? 0) > limits.heapMB * 1024 * 1024;
          writing = writing.then(() => onResult(result));
          writing.catch(reject);
          next().catch(reject);
        } else if (message.type === 'error') reject(new Error(`building module ${message.moduleId ?? '?'} failed in a worker:\n${message.stack ?? ''}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        live.delete(worker);
        if (!finished) reject(new Error(`a build worker stopped (exit code ${code}) before it finished`));
      });
      worker.postMessage(init);
    });

  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
    return started;
  } finally {
    await Promise.all([...live].map((worker) => worker.terminate()));
  }
}
