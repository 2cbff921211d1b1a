import { availableParallelism } from 'node:os';
import { moduleBuilder } from '@coursepack/core';
import type { FormatExporter } from '@coursepack/export-kit';
import type { WorkerInit } from './module-worker.js';
import type { ModuleResult } from './process-module.js';
import { processModule } from './process-module.js';
import { assetReader } from './read-assets.js';
import type { PoolTask, WorkerLimits } from './worker-pool.js';
import { runWorkerPool } from './worker-pool.js';

// Modules read (and, when cached, linked) ahead of the workers: enough to keep the disk busy,
// few enough that this process holds only a handful of modules' markdown at a time.
export const READ_AHEAD = 16;

// Below this many modules, starting worker threads costs more than it saves.
const PARALLEL_THRESHOLD = 8;

/** How to build a stream of modules. */
export interface ModuleBuildPlan {
  /** Sent to each worker thread; a module built on this thread is built from it too. */
  init: WorkerInit;
  /** The exporters of `init.formats`, for modules built in this process. */
  exporters: readonly FormatExporter[];
  /** Worker threads; default: one per core when there are more than a handful of modules. */
  jobs?: number | undefined;
  /** When a worker thread is replaced (default: WORKER_LIMITS). */
  limits?: WorkerLimits;
  /** Build every module in this process (exporters that only this process has, as in tests). */
  inProcess?: boolean;
}

/**
 * Build the modules `tasks` yields, in worker threads when there are more than a handful of
 * them (or more than one job was asked for), else one after another on this thread. `onResult`
 * runs on this thread for each module as it finishes, one at a time. Tasks are pulled only as a
 * worker is ready for one; on failure the source is closed, so no read it started outlives the
 * build.
 */
export async function buildModules(tasks: AsyncGenerator<PoolTask>, plan: ModuleBuildPlan, onResult: (result: ModuleResult) => Promise<void>): Promise<void> {
  try {
    // Whether there are more than a handful of modules to build decides how to build them.
    const first: PoolTask[] = [];
    while (first.length <= PARALLEL_THRESHOLD) {
      const n = await tasks.next();
      if (n.done) break;
      first.push(n.value);
    }
    const many = first.length > PARALLEL_THRESHOLD;
    async function* all(): AsyncGenerator<PoolTask> {
      yield* first;
      yield* tasks;
    }
    const jobs = plan.jobs ?? (many ? availableParallelism() : 1);
    // A large course is built in worker threads even with one job, so what the exporters hold
    // stays bounded by WORKER_LIMITS: a worker past the limit is replaced, this thread could not be.
    if ((jobs > 1 || many) && !plan.inProcess) await runWorkerPool(plan.init, all(), jobs, onResult, plan.limits);
    else {
      const { root, listing, skeleton, options, keepModel } = plan.init;
      const build = moduleBuilder(listing);
      const assets = assetReader(root, listing);
      for await (const task of all()) await onResult(await processModule(build(task.moduleId, task.files), skeleton, task.moduleId, plan.exporters, options, keepModel, assets.read));
    }
  } catch (error) {
    await tasks.return(undefined).catch(() => {});
    throw error;
  }
}
