import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontFaces } from './font-faces.js';
import { withFamilies } from './font-names.js';

const require = createRequire(import.meta.url);

/**
 * The template's typefaces (OFL-1.1, shipped through npm): the family the template asks for, and
 * the package and files that make it up.
 *
 * The faces are renamed into families of coursepack's own. Typst also loads the machine's fonts,
 * and within a family it picks the face closest to the weight and style asked for: were the
 * families still called `Source Sans 3` and so on, a machine with those fonts installed would
 * supply the faces coursepack does not ship (Source Sans Black or Bold Italic, Source Code Pro
 * Italic), and the same course would print differently there.
 */
const TYPEFACES = [
  { family: 'coursepack-serif', pkg: 'source-serif', files: ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold', 'BoldIt'].map((w) => `OTF/SourceSerif4-${w}.otf`) },
  { family: 'coursepack-sans', pkg: 'source-sans', files: ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold'].map((w) => `OTF/SourceSans3-${w}.otf`) },
  { family: 'coursepack-mono', pkg: 'source-code-pro', files: ['Regular', 'Semibold'].map((w) => `OTF/SourceCodePro-${w}.otf`) },
];

let blobs: Buffer[] | null = null;

/** The bytes of every font the template uses, each face renamed into its coursepack family; read once per thread. */
export function fontBlobs(): Buffer[] {
  blobs ??= TYPEFACES.flatMap(({ family, pkg, files }) => {
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    return files.map((file) => {
      const font = readFileSync(path.join(root, file));
      const faces = fontFaces(font);
      const renamed = withFamilies(font, faces, faces.map(() => family));
      return Buffer.from(renamed.buffer, renamed.byteOffset, renamed.byteLength);
    });
  });
  return blobs;
}
