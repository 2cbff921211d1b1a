import type { Diagnostic } from '../diagnostics/types.js';
import type { CourseConfig } from '../model/config.js';
import { placeOfConfigProblem } from '../model/config-place.js';
import type { Finding } from '../model/finding.js';
import { readConfig } from '../model/read-config.js';
import type { Place } from '../model/types.js';
import { findingDiagnostics } from './finding-diagnostics.js';
import { fontFileProblem } from './font-file-problem.js';

/**
 * The largest font file `pdfFonts` may list, in bytes (64 MiB). A font for Chinese, Japanese or
 * Korean is 10–30 MB, a collection of one weight in every such language about as much; only the
 * collections of every weight at once pass 100 MB, and every process that typesets holds its own
 * copy of each font.
 */
export const MAX_PDF_FONT_SIZE = 64 * 1024 * 1024;

/** A font file as read for checking: its bytes, only its size when it was over the limit, or null when it could not be read. */
export type FontRead = Uint8Array | { size: number } | null;

const CODE = 'pdf-font-unusable';

/** Where `path` is listed in the `pdfFonts` of the configuration text. */
function placeOfPdfFont(configText: string, path: string): Place {
  let index = -1;
  try {
    const list: unknown = (JSON.parse(configText) as { pdfFonts?: unknown }).pdfFonts;
    if (Array.isArray(list)) index = list.indexOf(path);
  } catch {
    // Only a configuration that parses lists fonts at all.
  }
  return placeOfConfigProblem(configText, { pointer: index < 0 ? '/pdfFonts' : `/pdfFonts/${index}`, message: '' });
}

/** Findings for the fonts `pdfFonts` lists that are not among the folder's `listed` files. */
export function missingPdfFontFindings(config: Pick<CourseConfig, 'pdfFonts'>, configText: string | null, listed: readonly string[]): Finding[] {
  if (config.pdfFonts.length === 0) return [];
  const files = new Set(listed);
  const missing = config.pdfFonts.filter((p) => !files.has(p));
  if (missing.length === 0) return [];
  const byLowerCase = new Map(listed.map((p) => [p.toLowerCase(), p]));
  return missing.map((p) => {
    const near = byLowerCase.get(p.toLowerCase());
    const message = `\`${p}\` is not a file of the content folder${near ? `; there is \`${near}\`` : ''}`;
    return { code: CODE, message, place: placeOfPdfFont(configText ?? '', p), module: null };
  });
}

/**
 * The fonts `pdfFonts` lists that were read (`reads`, by path, each read up to
 * {@link MAX_PDF_FONT_SIZE}; a path not in it was not read), checked: each must have been read,
 * be within the limit, and have no {@link fontFileProblem}. Returns the usable paths, in the order
 * listed, and a diagnostic at the entry of each other one.
 */
export function checkPdfFonts(configText: string | null, reads: ReadonlyMap<string, FontRead>): { usable: string[]; diagnostics: Diagnostic[] } {
  const usable: string[] = [];
  const findings: Finding[] = [];
  for (const path of readConfig(configText).config.pdfFonts) {
    const read = reads.get(path);
    if (read === undefined) continue;
    const problem =
      read === null
        ? 'could not be read'
        : !(read instanceof Uint8Array) || read.byteLength > MAX_PDF_FONT_SIZE
          ? `is ${read instanceof Uint8Array ? read.byteLength : read.size} bytes, over the limit of ${MAX_PDF_FONT_SIZE} (64 MiB) for a font`
          : fontFileProblem(read);
    if (problem === null) usable.push(path);
    else findings.push({ code: CODE, message: `\`${path}\` ${problem}`, place: placeOfPdfFont(configText ?? '', path), module: null });
  }
  return { usable, diagnostics: findingDiagnostics(findings) };
}
