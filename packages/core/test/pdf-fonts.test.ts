import { sfntFont } from '@coursepack/test-kit';
import type { FontRead } from '@coursepack/core';
import { MAX_PDF_FONT_SIZE, buildCourse, checkPdfFonts, fontFileProblem, readConfig } from '@coursepack/core';
import { describe, expect, it } from 'vitest';

const REVIEW = '# 06. Module 1 Review — Start\n\n## Completion gate\n\n- [ ] Done.\n';

/** The diagnostics of a one-module course with this configuration, whose folder also holds `otherFiles`. */
function diagnostics(configText: string, otherFiles?: string[]): string[] {
  const review = { path: 'm1/06_revision.md', bytes: new TextEncoder().encode(REVIEW), size: REVIEW.length, issue: null };
  const build = buildCourse({ name: 'c', files: [review], configText, issues: [], ...(otherFiles ? { otherFiles } : {}) });
  return build.diagnostics.map((d) => `${d.code} ${d.place.file}:${d.place.line}:${d.place.column}-${d.place.endLine}:${d.place.endColumn} ${d.message}`);
}


/** An `OS/2` table whose licence bits (`fsType`) are `fsType`. */
function os2(fsType: number): Uint8Array {
  const table = new Uint8Array(96);
  new DataView(table.buffer).setUint16(8, fsType);
  return table;
}

const EMPTY = new Uint8Array(4);
const FONT = sfntFont({ cmap: EMPTY, head: EMPTY, hhea: EMPTY, maxp: EMPTY, name: EMPTY });

describe('pdfFonts in coursepack.config.json', () => {
  it('lists font files by path in the content folder, none unless given', () => {
    expect(readConfig(null).config.pdfFonts).toEqual([]);
    expect(readConfig('{ "pdfFonts": ["fonts/NotoSansJP-Regular.otf", "fonts/Noto Naskh Arabic.TTF", "NotoSansCJK.ttc", "a/b/c.otc"] }')).toEqual({
      config: expect.objectContaining({ pdfFonts: ['fonts/NotoSansJP-Regular.otf', 'fonts/Noto Naskh Arabic.TTF', 'NotoSansCJK.ttc', 'a/b/c.otc'] }),
      problems: [],
    });
  });

  it('reports each entry that cannot be a font of the folder at the entry, and keeps the others', () => {
    const text = ['{', '  "pdfFonts": [', '    "fonts/ok.ttf",', '    "/usr/share/fonts/x.ttf",', '    "../fonts/x.ttf",', '    "fonts//x.ttf",', '    "./x.ttf",', '    ".fonts/x.ttf",', '    "fonts\\\\x.ttf",', '    "fonts/x.woff2",', '    "fonts/x.pdf",', '    "",', '    7,', '    "fonts/ok.ttf"', '  ]', '}'].join('\n');
    expect(readConfig(text).config.pdfFonts).toEqual(['fonts/ok.ttf']);
    expect(diagnostics(text)).toEqual([
      'config-invalid coursepack.config.json:4:5-4:29 `/usr/share/fonts/x.ttf` must be a path inside the content folder, not an absolute one (at `/pdfFonts/1`)',
      'config-invalid coursepack.config.json:5:5-5:21 `../fonts/x.ttf` must be a path inside the content folder, without empty, `.` or `..` parts or hidden names (starting with `.`) (at `/pdfFonts/2`)',
      'config-invalid coursepack.config.json:6:5-6:19 `fonts//x.ttf` must be a path inside the content folder, without empty, `.` or `..` parts or hidden names (starting with `.`) (at `/pdfFonts/3`)',
      'config-invalid coursepack.config.json:7:5-7:14 `./x.ttf` must be a path inside the content folder, without empty, `.` or `..` parts or hidden names (starting with `.`) (at `/pdfFonts/4`)',
      'config-invalid coursepack.config.json:8:5-8:19 `.fonts/x.ttf` must be a path inside the content folder, without empty, `.` or `..` parts or hidden names (starting with `.`) (at `/pdfFonts/5`)',
      'config-invalid coursepack.config.json:9:5-9:19 `fonts\\x.ttf` must separate folders with `/`, not `\\` (at `/pdfFonts/6`)',
      'config-invalid coursepack.config.json:10:5-10:20 `fonts/x.woff2` is a web font (WOFF), which the PDF typesetter cannot load; list the .ttf or .otf file it was made from (at `/pdfFonts/7`)',
      'config-invalid coursepack.config.json:11:5-11:18 `fonts/x.pdf` must be a font file ending in .ttf, .otf, .ttc or .otc (at `/pdfFonts/8`)',
      'config-invalid coursepack.config.json:12:5-12:7 A `pdfFonts` entry must be the path of a font file in the content folder, such as `fonts/NotoSansJP-Regular.otf` (at `/pdfFonts/9`)',
      'config-invalid coursepack.config.json:13:5-13:6 A `pdfFonts` entry must be the path of a font file in the content folder, such as `fonts/NotoSansJP-Regular.otf` (at `/pdfFonts/10`)',
      'config-invalid coursepack.config.json:14:5-14:19 `fonts/ok.ttf` is listed twice (at `/pdfFonts/11`)',
    ]);
  });

  it('must be a list', () => {
    expect(diagnostics('{ "pdfFonts": "fonts/a.ttf" }')).toEqual([
      'config-invalid coursepack.config.json:1:3-1:28 `pdfFonts` must list font files by their path in the content folder, such as ["fonts/NotoSansJP-Regular.otf"] (at `/pdfFonts`)',
    ]);
  });

  it('reports a listed font that is not a file of the folder, at its entry, naming one that differs only in case', () => {
    const text = '{\n  "pdfFonts": ["fonts/a.ttf", "fonts/dejavusans.ttf", "fonts/gone.otf"]\n}';
    expect(diagnostics(text, ['fonts/a.ttf', 'fonts/DejaVuSans.ttf'])).toEqual([
      'pdf-font-unusable coursepack.config.json:2:31-2:53 `fonts/dejavusans.ttf` is not a file of the content folder; there is `fonts/DejaVuSans.ttf`',
      'pdf-font-unusable coursepack.config.json:2:55-2:71 `fonts/gone.otf` is not a file of the content folder',
    ]);
    // A source made in memory does not say what else the folder holds: nothing to check against.
    expect(diagnostics(text)).toEqual([]);
  });
});

describe('checkPdfFonts', () => {
  const text = '{ "pdfFonts": ["f/a.ttf", "f/b.ttf", "f/c.ttf", "f/d.ttf", "f/e.ttf", "f/f.ttf", "f/g.ttf", "f/h.ttc", "f/i.ttf", "f/ok.otf", "f/unread.ttf"] }';
  const check = (reads: Record<string, FontRead>) => checkPdfFonts(text, new Map(Object.entries(reads)));

  it('takes a font the typesetter loads and may embed, and reports every other one read at its entry', () => {
    const collection = new Uint8Array(16);
    new DataView(collection.buffer).setUint32(0, 0x74746366);
    const { usable, diagnostics: found } = check({
      'f/a.ttf': null,
      'f/b.ttf': { size: MAX_PDF_FONT_SIZE + 1 },
      'f/c.ttf': new TextEncoder().encode('<!doctype html><html>Download Noto Sans</html>'),
      'f/d.ttf': new TextEncoder().encode('wOF2 and more bytes'),
      'f/e.ttf': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0]),
      'f/f.ttf': FONT.subarray(0, 40),
      'f/g.ttf': sfntFont({ head: EMPTY, hhea: EMPTY, maxp: EMPTY }),
      'f/h.ttc': collection,
      'f/i.ttf': sfntFont({ cmap: EMPTY, head: EMPTY, hhea: EMPTY, maxp: EMPTY, name: EMPTY, 'OS/2': os2(0x0002) }),
      'f/ok.otf': sfntFont({ cmap: EMPTY, head: EMPTY, hhea: EMPTY, maxp: EMPTY, name: EMPTY, 'OS/2': os2(0x0004) }),
    });
    expect(usable).toEqual(['f/ok.otf']);
    expect(found.map((d) => `${d.code} ${d.severity} ${d.module} ${d.place.file}:${d.place.column} ${d.message}`)).toEqual([
      'pdf-font-unusable error null coursepack.config.json:16 `f/a.ttf` could not be read',
      `pdf-font-unusable error null coursepack.config.json:27 \`f/b.ttf\` is ${MAX_PDF_FONT_SIZE + 1} bytes, over the limit of ${MAX_PDF_FONT_SIZE} (64 MiB) for a font`,
      'pdf-font-unusable error null coursepack.config.json:38 `f/c.ttf` is not a TrueType or OpenType font (those start with the bytes 00 01 00 00, `OTTO`, `true` or `ttcf`)',
      'pdf-font-unusable error null coursepack.config.json:49 `f/d.ttf` is a web font (WOFF), which the PDF typesetter cannot load; list the .ttf or .otf file it was made from',
      'pdf-font-unusable error null coursepack.config.json:60 `f/e.ttf` is a zip archive, not a font; unpack it and list the .ttf or .otf file inside',
      'pdf-font-unusable error null coursepack.config.json:71 `f/f.ttf` is cut short: its table directory runs past the end of the file',
      'pdf-font-unusable error null coursepack.config.json:82 `f/g.ttf` lacks the `name`, `cmap` tables a font needs to be typeset',
      'pdf-font-unusable error null coursepack.config.json:93 `f/h.ttc` is a font collection that holds no font',
      'pdf-font-unusable error null coursepack.config.json:104 `f/i.ttf` may not be embedded in a document: its licence bits (`fsType` in its `OS/2` table) say "Restricted License embedding", which PDF/UA forbids',
    ]);
  });

  it('passes over a font that was not read (the listing lacks it: buildCourse reports that)', () => {
    expect(check({ 'f/ok.otf': FONT })).toMatchObject({ usable: ['f/ok.otf'], diagnostics: [] });
    expect(check({})).toEqual({ usable: [], diagnostics: [] });
  });

  it('tells a font by its bytes, not its name, and checks every face of a collection', () => {
    expect(fontFileProblem(FONT)).toBeNull();
    const truncatedTable = FONT.slice();
    new DataView(truncatedTable.buffer).setUint32(12 + 16 + 12, 1000);
    expect(fontFileProblem(truncatedTable)).toBe('is cut short: its `head` table runs past the end of the file');
    // A collection of two faces, the second without a character map.
    const faces = [FONT, sfntFont({ head: EMPTY, hhea: EMPTY, maxp: EMPTY, name: EMPTY })];
    const offsets = [20, 20 + (faces[0]?.byteLength ?? 0)];
    const collection = new Uint8Array((offsets[1] ?? 0) + (faces[1]?.byteLength ?? 0));
    const view = new DataView(collection.buffer);
    view.setUint32(0, 0x74746366);
    view.setUint32(8, 2);
    faces.forEach((face, i) => {
      const at = offsets[i] ?? 0;
      view.setUint32(12 + i * 4, at);
      collection.set(face, at);
      for (let t = 0; t < new DataView(face.buffer).getUint16(4); t++) view.setUint32(at + 20 + t * 16, view.getUint32(at + 20 + t * 16) + at);
    });
    expect(fontFileProblem(collection)).toBe('lacks the `cmap` table a font needs to be typeset');
    expect(fontFileProblem(collection.subarray(0, (offsets[1] ?? 0)))).toBe('is cut short: its table directory runs past the end of the file');
  });
});
