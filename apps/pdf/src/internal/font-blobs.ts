import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Font files shipped through npm (OFL-1.1), by package and path inside it. */
const FONT_FILES: Record<string, string[]> = {
  'source-serif': ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold', 'BoldIt'].map((w) => `OTF/SourceSerif4-${w}.otf`),
  'source-sans': ['Regular', 'It', 'Semibold', 'SemiboldIt', 'Bold'].map((w) => `OTF/SourceSans3-${w}.otf`),
  'source-code-pro': ['Regular', 'Semibold'].map((w) => `OTF/SourceCodePro-${w}.otf`),
};

/** The bytes of every font the template uses; the machine's own fonts are never relied on. */
export function fontBlobs(): Buffer[] {
  return Object.entries(FONT_FILES).flatMap(([pkg, files]) => {
    const root = path.dirname(require.resolve(`${pkg}/package.json`));
    return files.map((file) => readFileSync(path.join(root, file)));
  });
}
