import type { ContentSource, Diagnostic, FontRead } from '@coursepack/core';
import { MAX_PDF_FONT_SIZE, checkPdfFonts, isUnreadable } from '@coursepack/core';
import type { ExportOptions } from '@coursepack/export-kit';
import { assetReader } from './read-assets.js';

/**
 * `bytes` in memory that worker threads share: each thread a build starts gets the build's
 * options, fonts and all, and a font of Chinese, Japanese or Korean is 10–30 MB. Measured here
 * with a 20 MB font on a 100-module PDF build in two threads, the process's peak was 510-533 MB
 * with a copy per thread and 468-479 MB shared (380-417 MB without the font; each thread's
 * typesetter still holds a copy of its own).
 */
function shared(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  copy.set(bytes);
  return copy;
}

/** The fonts a course adds to its PDFs, as a build passes them to exporters. */
export type PdfFonts = NonNullable<ExportOptions['fonts']>;

/**
 * Read and check the fonts `pdfFonts` lists (`listed`, as the configuration read them), once per
 * run: only files the listing holds (so only inside the content folder, as images are read), each
 * up to {@link MAX_PDF_FONT_SIZE}. A font the listing lacks is reported by core's `buildCourse`;
 * one that cannot be read, is too large or is no font the PDFs can use is reported here, and left
 * out. A course that lists none reads nothing.
 */
export async function readPdfFonts(root: string, listing: Pick<ContentSource, 'otherFiles' | 'configText'>, listed: readonly string[]): Promise<{ fonts: PdfFonts; diagnostics: Diagnostic[] }> {
  const inFolder = new Set(listing.otherFiles ?? []);
  const paths = listed.filter((p) => inFolder.has(p));
  if (paths.length === 0) return { fonts: [], diagnostics: [] };
  const { files, stamps } = await assetReader(root, listing).read(paths, () => MAX_PDF_FONT_SIZE);
  // A font that could not be read is null to the check, which says so.
  const readOf = (p: string): FontRead => {
    const read = files.get(p);
    return read === undefined || isUnreadable(read) ? null : read;
  };
  const reads = new Map<string, FontRead>(paths.map((p) => [p, readOf(p)]));
  const { usable, diagnostics } = checkPdfFonts(listing.configText, reads);
  // The reader stamps each file read whole with the SHA-256 of its bytes.
  const digests = new Map(stamps.map((s) => [s.path, s.digest]));
  const fonts = usable.flatMap((p) => {
    const bytes = files.get(p);
    const sha256 = digests.get(p);
    return bytes instanceof Uint8Array && sha256 ? [{ path: p, sha256, bytes: shared(bytes) }] : [];
  });
  return { fonts, diagnostics };
}
