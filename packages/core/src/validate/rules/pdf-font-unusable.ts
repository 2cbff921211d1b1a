import type { Rule } from '../rule.js';
import { reportFindings } from '../rule.js';
import { exampleModule } from './_example.js';

/**
 * What validation reads of a font, and no more: the table directory of an OpenType font with a
 * character map that maps nothing, and the other tables every font has, empty. Real fonts are
 * megabytes; the example only needs a file that passes for one.
 */
function fontSkeleton(): Uint8Array {
  // format 4, one segment: the closing 0xFFFF one.
  const cmap = [0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12, 0, 4, 0, 24, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0xff, 0, 1, 0, 0];
  const tags = ['cmap', 'head', 'hhea', 'maxp', 'name'];
  const directory = 12 + tags.length * 16;
  const bytes = new Uint8Array(directory + cmap.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0x4f54544f); // OTTO
  view.setUint16(4, tags.length);
  tags.forEach((tag, i) => {
    bytes.set([...tag].map((c) => c.charCodeAt(0)), 12 + i * 16);
    view.setUint32(20 + i * 16, directory);
    view.setUint32(24 + i * 16, tag === 'cmap' ? cmap.length : 0);
  });
  bytes.set(cmap, directory);
  return bytes;
}

/** A font `pdfFonts` lists is a font file of the content folder that the PDFs can use. */
export const pdfFontUnusable: Rule = {
  code: 'pdf-font-unusable',
  severity: 'error',
  scope: 'course',
  summary: 'A font `pdfFonts` lists must be a TrueType or OpenType font file of the content folder, at most 64 MiB, whose licence allows embedding.',
  description:
    "`pdfFonts` in `coursepack.config.json` lists font files of the content folder that the worksheets, keys and booklet are typeset with, after the bundled fonts, for the characters those lack (see docs/authoring.md). A listed font must be a file of the folder (a symlink out of it is not followed), a TrueType or OpenType font (`.ttf`, `.otf`) or a collection of them (`.ttc`, `.otc`) as a whole file (not a web font, `.woff`, nor the zip it was downloaded in), at most 64 MiB, with a character map, and its licence bits must allow embedding it in a document, which PDF/UA requires. `validate` and `build` read each listed font once. A font that fails is left out, so its characters print as ■ (`pdf-characters-missing`); the modules are still exported. Fix the path, or add the file.",
  examples: {
    pass: { ...exampleModule(), 'coursepack.config.json': '{ "pdfFonts": ["fonts/NotoSansJP-Regular.otf"] }', 'fonts/NotoSansJP-Regular.otf': fontSkeleton() },
    fail: { ...exampleModule(), 'coursepack.config.json': '{\n  "pdfFonts": [\n    "fonts/NotoSansJP-Regular.otf",\n    "fonts/NotoNaskhArabic-Regular.ttf"\n  ]\n}\n', 'fonts/NotoSansJP-Regular.otf': fontSkeleton() },
  },
  check: reportFindings,
};
