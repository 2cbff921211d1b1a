import type { Course } from '@coursepack/core';
import { assetFile } from '@coursepack/core';
import type { OutputFile, ReadParts, StreamedFile } from '@coursepack/export-kit';
import { moduleFiles, readPart } from '@coursepack/export-kit';

/**
 * The images every module shows and the files it links to, once each, at `assets/<path>` beside
 * the JSON documents, where the model's HTML (`src="assets/…"`, `href="assets/…"`) finds them: each read back from the first module that has
 * its bytes, and streamed as it is written, so no process holds them all.
 */
export async function courseAssetFiles(course: Course, readParts: ReadParts): Promise<StreamedFile[]> {
  const files: StreamedFile[] = [];
  const seen = new Set<string>();
  for (const module of course.modules) {
    for (const asset of moduleFiles(module)) {
      const file = assetFile(asset);
      if (seen.has(file)) continue;
      // An asset without bytes (missing from the folder, reported by validation) is no part of any module.
      const part: OutputFile | undefined = await readPart(readParts, module.id, file);
      if (!part) continue;
      seen.add(file);
      files.push({ path: file, stream: async function* () {
        const again = await readPart(readParts, module.id, file);
        if (again) yield again.bytes;
      } });
    }
  }
  return files;
}
