import type { OutputFile } from './contract.js';

const encoder = new TextEncoder();

/** An output file from a string, encoded as UTF-8. */
export function textFile(path: string, text: string): OutputFile {
  return { path, bytes: encoder.encode(text) };
}
