import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { ContentSource, Course, CourseBuild, RawFile } from '@coursepack/core';
import { moduleBuilder } from '@coursepack/core';
import type { ExportOptions, FormatExporter } from '@coursepack/export-kit';
import { loadExporter } from './formats.js';
import { processModule } from './process-module.js';
import type { AssetReader } from './read-assets.js';
import { assetReader } from './read-assets.js';

/** Sent once to each worker thread. */
export interface WorkerInit {
  type: 'init';
  /** Where the content folder is (assets are read from it). */
  root: string;
  /** The content folder as listed: every file's path (no bytes), the configuration. */
  listing: ContentSource;
  skeleton: Course;
  formats: string[];
  options: ExportOptions;
  /** Send each module's whole model back (see `processModule`). */
  keepModel: boolean;
}

/** One module to build. */
export interface WorkerTask {
  type: 'task';
  moduleId: string;
  files: RawFile[];
}

let init: WorkerInit | null = null;
let exporters: FormatExporter[] = [];
let build: ((moduleId: string, files: readonly RawFile[]) => CourseBuild) | null = null;
let readAssets: AssetReader['read'] | null = null;

const send = (message: unknown) => parentPort?.postMessage(message);

// A worker thread: builds the modules it is sent, one at a time, and sends each result back with
// the size of its own V8 heap (the process's resident memory is shared by every thread).
parentPort?.on('message', (message: WorkerInit | WorkerTask) => {
  void (async () => {
    if (message.type === 'init') {
      init = message;
      build = moduleBuilder(message.listing);
      readAssets = assetReader(message.root, message.listing).read;
      exporters = await Promise.all(message.formats.map((f) => loadExporter(f)));
      send({ type: 'ready' });
      return;
    }
    try {
      if (!init || !build || !readAssets) throw new Error('module worker got a task before init');
      const result = await processModule(build(message.moduleId, message.files), init.skeleton, message.moduleId, exporters, init.options, init.keepModel, readAssets);
      send({ type: 'result', result, heap: getHeapStatistics().total_heap_size });
    } catch (error) {
      send({ type: 'error', moduleId: message.moduleId, stack: (error as Error).stack ?? String(error) });
    }
  })();
});
