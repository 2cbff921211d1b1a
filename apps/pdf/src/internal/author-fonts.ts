import { createHash } from 'node:crypto';
// Only the font check, not all of core: the booklet's child processes load this module.
import { fontFileProblem } from '@coursepack/core/font-file';
import type { FontFace } from './font-faces.js';
import { fontFaces } from './font-faces.js';
import { faceFamily, withFamilies } from './font-names.js';

/** Fonts a course adds to the template's (`pdfFonts`), as the typesetter gets them. */
export interface AuthorFonts {
  /** Identifies the set: the SHA-256 of each file's bytes, in order. */
  key: string;
  /**
   * The files Typst loads, each face renamed into its family of {@link families}: copies made
   * when a compiler is created (it keeps its own), not held alongside the files themselves.
   */
  blobs: () => Buffer[];
  /**
   * The families the template tries after its own, in the order the files come: one per family
   * the faces name themselves, under a name no font of the machine has (`coursepack-font-1` …), so
   * Typst, which also sees the machine's fonts, can only ever choose among the course's.
   */
  families: string[];
  /** Each family's faces, in the order of {@link families}: the file each is in, and where. */
  faces: { font: Uint8Array; face: FontFace }[][];
}

const digests = new WeakMap<Uint8Array, string>();

/** The SHA-256 of a font's bytes, worked out once per array (a process typesets many documents with the same fonts). */
export function fontDigest(font: Uint8Array): string {
  let digest = digests.get(font);
  if (digest === undefined) {
    digest = createHash('sha256').update(font).digest('hex');
    digests.set(font, digest);
  }
  return digest;
}

let last: AuthorFonts | null = null;

const familyName = (number: number) => `coursepack-font-${number + 1}`;

/**
 * The fonts of `files` the typesetter can use (any other is left out, as validation reported
 * it), grouped into families by the name each face gives itself.
 */
export function authorFonts(files: readonly Uint8Array[]): AuthorFonts {
  const key = files.map(fontDigest).join(' ');
  if (last?.key === key) return last;
  // Each family's number, by the name its faces give themselves (in lower case, as Typst matches them).
  const numbers = new Map<string, number>();
  const faces: AuthorFonts['faces'] = [];
  const renames: (() => Buffer)[] = [];
  for (const font of files) {
    if (fontFileProblem(font) !== null) continue;
    const found = fontFaces(font);
    let owns: (string | undefined)[];
    try {
      owns = found.map((face) => faceFamily(font, face)?.toLowerCase());
    } catch {
      // A `name` table that runs past the end of the file: left out like any other broken font.
      continue;
    }
    const families = found.map((face, i) => {
      const own = owns[i];
      // Typst leaves out a face that names no family.
      if (own === undefined) return '';
      const number = numbers.get(own) ?? numbers.size;
      numbers.set(own, number);
      (faces[number] ??= []).push({ font, face });
      return familyName(number);
    });
    renames.push(() => {
      const renamed = withFamilies(font, found, families);
      return Buffer.from(renamed.buffer, renamed.byteOffset, renamed.byteLength);
    });
  }
  last = { key, blobs: () => renames.map((rename) => rename()), families: faces.map((_, number) => familyName(number)), faces };
  return last;
}
