import { parentPort } from 'node:worker_threads';
import type { Course, RawFile } from '@coursepack/core';
import type { ExportOptions, FormatExporter } from '@coursepack/export-kit';
import { loadExporter } from './formats.js';
import { moduleSource } from './module-source.js';
import { processModule } from './process-module.js';
import { transferList } from './transfer-list.js';

/** Sent once to each worker. */
export interface WorkerInit {
  type: 'init';
  name: string;
  configText: string | null;
  allPaths: string[];
  skeleton: Course;
  formats: string[];
  options: ExportOptions;
}

/** One module to build. */
export interface WorkerTask {
  type: 'task';
  moduleId: string;
  files: RawFile[];
}

let init: WorkerInit | null = null;
let exporters: FormatExporter[] = [];

parentPort?.on('message', (message: WorkerInit | WorkerTask) => {
  void (async () => {
    if (message.type === 'init') {
      init = message;
      exporters = await Promise.all(message.formats.map((f) => loadExporter(f)));
      parentPort?.postMessage({ type: 'ready' });
      return;
    }
    if (!init) throw new Error('module worker got a task before init');
    try {
      const source = moduleSource(init.name, init.configText, init.allPaths, message.files);
      const result = await processModule(source, init.skeleton, message.moduleId, exporters, init.options);
      parentPort?.postMessage({ type: 'result', result }, transferList(result));
    } catch (error) {
      parentPort?.postMessage({ type: 'error', moduleId: message.moduleId, stack: (error as Error).stack ?? String(error) });
    }
  })();
});
