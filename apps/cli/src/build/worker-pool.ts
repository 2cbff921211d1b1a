import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
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

/** When a worker process is replaced: after so many modules (no limit unless set), or once it holds so much memory. */
export interface WorkerLimits {
  modules: number;
  rssMB: number;
}

/**
 * Worker processes, not threads: a process that exits gives back everything it held, native
 * memory included. A worker is replaced once its resident memory passes 300 MB, and only then:
 * each new worker costs two to three CPU-seconds of start-up and compiling. The limit bounds the
 * swings of the V8 heap, not a leak. Measured here over 300 modules in one process, what a worker
 * holds outside the heap (the typesetter's fonts and caches, code) stays at about 125 MB, while
 * the heap swings between about 60 and 170 MB as garbage builds up and is collected; in a build
 * of 1000 modules with two workers, three workers were replaced, after 49 to 160 modules.
 */
export const WORKER_LIMITS: WorkerLimits = { modules: Infinity, rssMB: 300 };

/**
 * V8 flags of worker processes when several run. They already keep every core busy, so V8's
 * garbage collector helper threads only compete with the other workers: measured here on two
 * cores, two processes parsing markdown at once ran at 1.3× the speed of one with them and 1.65×
 * without. A lone worker keeps them, to use the cores it leaves idle.
 */
const SHARED_CORES_FLAGS = ['--single-threaded-gc'];

interface Message {
  type: 'ready' | 'result' | 'error';
  result?: ModuleResult;
  /** The worker's resident memory after the module, in bytes. */
  rss?: number;
  moduleId?: string;
  stack?: string;
}

/**
 * Build modules in up to `jobs` worker processes, one module per message so a slow module never
 * holds up the others. Tasks are taken from `tasks` only as a worker is ready for one, so a lazy
 * source (modules read just ahead of the workers) is never drained early. `onResult` runs in this
 * process as each module finishes, one at a time. Returns how many worker processes were started.
 */
export async function runWorkerPool(init: WorkerInit, tasks: Iterable<PoolTask> | AsyncIterable<PoolTask>, jobs: number, onResult: (result: ModuleResult) => Promise<void>, limits: WorkerLimits = WORKER_LIMITS): Promise<number> {
  const source = Symbol.asyncIterator in tasks ? tasks[Symbol.asyncIterator]() : tasks[Symbol.iterator]();
  const take = async (): Promise<PoolTask | undefined> => {
    const next = await source.next();
    return next.done ? undefined : next.value;
  };
  const live = new Set<ChildProcess>();
  let started = 0;
  let writing: Promise<void> = Promise.resolve();

  // A worker is started only once there is a task for it, and replaced while tasks remain.
  const lane = async (): Promise<void> => {
    for (let task = await take(); task; task = await take()) await runWorker(task);
  };

  // One worker process: builds `first`, then takes modules from the shared source until it has built its share.
  const runWorker = (first: PoolTask) =>
    new Promise<void>((resolve, reject) => {
      const child = fork(WORKER_PATH, [], { serialization: 'advanced', execArgv: jobs > 1 ? SHARED_CORES_FLAGS : [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      live.add(child);
      started++;
      let finished = false;
      let built = 0;
      let full = false;
      const send = (task: PoolTask) => {
        built++;
        child.send({ type: 'task', moduleId: task.moduleId, files: task.files });
      };
      const next = async () => {
        const task = built < limits.modules && !full ? await take() : undefined;
        if (task) send(task);
        else {
          finished = true;
          child.disconnect();
          writing.then(resolve, reject);
        }
      };
      child.on('message', (message: Message) => {
        if (message.type === 'ready') send(first);
        else if (message.type === 'result' && message.result) {
          const result = message.result;
          full = (message.rss ?? 0) > limits.rssMB * 1024 * 1024;
          writing = writing.then(() => onResult(result));
          writing.catch(reject);
          next().catch(reject);
        } else if (message.type === 'error') reject(new Error(`building module ${message.moduleId ?? '?'} failed in a worker:\n${message.stack ?? ''}`));
      });
      child.on('error', reject);
      child.on('exit', (code, signal) => {
        live.delete(child);
        if (!finished) reject(new Error(`a build worker stopped (${signal ?? `exit code ${code}`}) before it finished`));
      });
      child.send(init);
    });

  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
    return started;
  } finally {
    for (const child of live) child.kill();
  }
}
