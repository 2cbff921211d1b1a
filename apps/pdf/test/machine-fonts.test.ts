import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findTestFont } from '@coursepack/test-kit';
import { fontFaces } from '../src/internal/font-faces.js';
import { withFamilies } from '../src/internal/font-names.js';

// The machine's fonts, as the typesetter finds them: it reads the fontconfig file named by
// FONTCONFIG_FILE, so a child process given one sees exactly the fonts of a folder we fill.

const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The names the bundled typefaces are published under, which a machine may well have installed. */
const UPSTREAM_FAMILIES = ['Source Serif 4', 'Source Sans 3', 'Source Code Pro'];

const WEIGHTS = [100, 200, 300, 400, 500, 600, 700, 800, 900];

/** `font` as a face of `family` at `weight`, italic or upright (OS/2 weight class and selection flags). */
function impostor(font: Uint8Array, family: string, weight: number, italic: boolean): Uint8Array {
  const renamed = Uint8Array.from(withFamilies(font, fontFaces(font), [family]));
  const os2 = fontFaces(renamed)[0]?.tables.get('OS/2')?.offset;
  if (os2 === undefined) throw new Error('the test font has no OS/2 table');
  const view = new DataView(renamed.buffer);
  view.setUint16(os2 + 4, weight);
  view.setUint16(os2 + 62, italic ? 0x0001 : 0x0040);
  return renamed;
}

/**
 * A document that imports the template's three font lists and sets text in each at every weight,
 * upright and italic, so that any face the bundled fonts lack is asked for.
 */
const PROBE = `#import "style.typ": serif, sans, mono
#set document(title: "probe")
#for family in (serif, sans, mono) {
  for weight in (${WEIGHTS.join(', ')}) {
    for style in ("normal", "italic") { text(font: family, weight: weight, style: style, fallback: false)[Probe ] }
  }
}
`;

/** Run in a child process: typeset `source` with the compiler PDFs are typeset with and print the PostScript names of the fonts embedded. */
const CHILD = `
import { warmCompiler } from './dist/internal/typst-compiler.js';
const compiler = warmCompiler();
const result = compiler.compile({ mainFileContent: process.env.PROBE });
if (result.hasError() || !result.result) throw new Error(JSON.stringify(result.takeError()?.shortDiagnostics));
const pdf = Buffer.from(compiler.pdf(result.result, { creationTimestamp: 0 })).toString('latin1');
console.log(JSON.stringify([...new Set([...pdf.matchAll(/\\/FontName\\s*\\/[A-Z]{6}\\+([^\\s/]+)/g)].map((m) => m[1]))].sort()));
`;

const testFont = findTestFont();
let dir = '';

/** The fonts embedded when `probe` is typeset on a machine whose only fonts are the impostors. */
function embeddedFonts(probe: string): string[] {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf'), PROBE: probe },
    encoding: 'utf8',
  });
  return JSON.parse(out) as string[];
}

describe.skipIf(testFont === null)('fonts installed on the machine', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'coursepack-machine-fonts-'));
    const font = readFileSync(testFont ?? '');
    let n = 0;
    for (const family of UPSTREAM_FAMILIES) {
      for (const weight of WEIGHTS) for (const italic of [false, true]) writeFileSync(path.join(dir, `impostor-${n++}.ttf`), impostor(font, family, weight, italic));
    }
    writeFileSync(path.join(dir, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><dir>${dir}</dir></fontconfig>\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('are seen by the typesetter: asked for by their own family name, they print', () => {
    const asked = PROBE.replace('#import "style.typ": serif, sans, mono', UPSTREAM_FAMILIES.map((f, i) => `#let ${['serif', 'sans', 'mono'][i]} = "${f}"`).join('\n'));
    expect(embeddedFonts(asked)).toContain('DejaVuSans');
  });

  test('never stand in for a face the template lacks, even when they share its published family name', () => {
    const fonts = embeddedFonts(PROBE);
    // Every weight and style of all three lists, yet only the faces shipped with coursepack.
    expect(fonts).toEqual(expect.arrayContaining(['SourceSerif4-BoldIt', 'SourceSans3-Bold', 'SourceCodePro-Semibold']));
    for (const name of fonts) expect(name).toMatch(/^(SourceSerif4|SourceSans3|SourceCodePro)-/);
  });
});
