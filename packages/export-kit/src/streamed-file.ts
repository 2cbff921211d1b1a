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

/**
 * An assembled result with every streamed file read into bytes, one file after another: a streamed
 * file may do its work as it is read (a booklet volume is typeset then), so reading them all at
 * once would do all that work at once.
 */
export async function collectFiles(result: AssembledResult): Promise<ExportResult> {
  const files: OutputFile[] = [];
  for (const file of result.files) files.push({ path: file.path, bytes: await fileBytes(file) });
  return { files, diagnostics: result.diagnostics };
}
