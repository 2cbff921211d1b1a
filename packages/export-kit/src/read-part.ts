import type { OutputFile, ReadParts } from './contract.js';

/** One part of a module by its path, read alone where the reader can, or undefined when there is none. */
export async function readPart(readParts: ReadParts, moduleId: string, path: string): Promise<OutputFile | undefined> {
  return (await readParts(moduleId, path)).find((f) => f.path === path);
}
