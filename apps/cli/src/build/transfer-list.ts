import type { ModuleResult } from './process-module.js';

/** The buffers of a result's files, moved (not copied) between threads. */
export function transferList(result: ModuleResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const set of [...result.outputs, ...result.parts]) {
    for (const f of set.files) {
      // Only whole, unshared buffers can be moved; a view into a larger buffer is copied.
      if (f.bytes.byteOffset === 0 && f.bytes.byteLength === f.bytes.buffer.byteLength && f.bytes.buffer instanceof ArrayBuffer) buffers.add(f.bytes.buffer);
    }
  }
  return [...buffers];
}
