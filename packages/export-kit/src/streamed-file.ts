import type { AssembledResult, ExportResult, OutputFile, StreamedFile } from './contract.js';

/** Whether a file is streamed rather than held as bytes. */
export function isStreamed(file: OutputFile | StreamedFile): file is StreamedFile {
  return 'stream' in file;
}

/** The bytes of a file, reading a streamed one to its end (for callers that want it whole). */
export async function fileBytes(file: OutputFile | StreamedFile): Promise<Uint8Array> {
  if (!isStreamed(file)) return file.bytes;
  const chunks: Uint8Array[] = [];
  for await (const chunk of file.stream()) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

/** An assembled result with every streamed file read into bytes. */
export async function collectFiles(result: AssembledResult): Promise<ExportResult> {
  return { files: await Promise.all(result.files.map(async (f) => ({ path: f.path, bytes: await fileBytes(f) }))), diagnostics: result.diagnostics };
}
