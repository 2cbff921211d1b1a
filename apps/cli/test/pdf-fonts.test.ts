import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExampleFiles } from '@coursepack/core';
import { findTestFont, isExternalRequired, writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdfFonts } from '../src/build/read-pdf-fonts.js';
import { runCli } from './run-cli.js';

const GEORGIAN = 'ქართული';
const ARMENIAN = 'Հայերեն';
const SQUARES = (word: string) => '■'.repeat(word.length);

const review = (title: string) => `# 06. Module 1 Review — ${title}

**Focus:** the ${GEORGIAN} and ${ARMENIAN} alphabets.

## Embedded checkpoint

### Recall

1. Which word is ${GEORGIAN}?
   - [x] ${GEORGIAN}
   - [ ] ${ARMENIAN}

## Completion gate

- [ ] მზად ვარ.
`;

/** Whether pdftotext is installed; skips loudly, or fails under COURSEPACK_REQUIRE_EXTERNAL=1. */
function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    const reason = 'pdftotext not found on PATH (Debian package poppler-utils)';
    if (isExternalRequired) throw new Error(`poppler-utils is required (COURSEPACK_REQUIRE_EXTERNAL=1) but ${reason}`);
    console.warn(`\n!!! SKIPPING PDF font tests that need poppler-utils: ${reason}. Run .ci/run or install poppler-utils. !!!\n`);
    return false;
  }
}

/** The text of a PDF file, without whitespace (line wrapping never matters). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

const squash = (text: string) => text.replace(/\s+/g, '');
const fontFile = findTestFont();
// A font without Georgian or Armenian, to swap in for DejaVu Sans: Source Sans 3, which ships with coursepack.
const SOURCE_SANS = path.join(path.dirname(createRequire(import.meta.url).resolve('source-sans/package.json')), 'OTF/SourceSans3-Regular.otf');

describe.skipIf(!fontFile || !hasPdftotext())('fonts a course adds to its PDFs (pdfFonts)', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  /** A content folder of one Georgian module with this configuration, and DejaVu Sans at `fonts/DejaVuSans.ttf`. */
  async function course(config: object | null, extra: ExampleFiles = {}): Promise<string> {
    const font = new Uint8Array(await readFile(fontFile as string));
    const root = await writeContentFolder({
      'm1/06_revision.md': review(`${GEORGIAN} ანბანი`),
      'fonts/DejaVuSans.ttf': font,
      ...(config ? { 'coursepack.config.json': JSON.stringify(config, null, 2) } : {}),
      ...extra,
    });
    dirs.push(root);
    return root;
  }

  async function outDir(): Promise<string> {
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-fonts-out-'));
    dirs.push(out);
    return out;
  }

  const FONTS = { pdfFonts: ['fonts/DejaVuSans.ttf'] };

  it('print Georgian and Armenian in the worksheets, keys and booklet, which print ■ with a warning without them', async () => {
    const plain = await course(null);
    const out = await outDir();
    const without = await runBuild({ root: plain, outDir: out, formats: ['pdf'], options: { toolVersion: 'test' } });
    expect(without.diagnostics.map((d) => d.code)).toEqual(['pdf-characters-missing']);
    for (const name of ['m1-worksheet.pdf', 'm1-key.pdf', 'course.pdf']) expect(pdfText(path.join(out, 'pdf', name)), name).toContain(squash(`the ${SQUARES(GEORGIAN)} and ${SQUARES(ARMENIAN)} alphabets`));

    const root = await course(FONTS);
    const withFont = await runBuild({ root, outDir: out, formats: ['pdf'], options: { toolVersion: 'test' } });
    expect(withFont.diagnostics).toEqual([]);
    for (const name of ['m1-worksheet.pdf', 'm1-key.pdf', 'course.pdf']) {
      const text = pdfText(path.join(out, 'pdf', name));
      expect(text, name).toContain(squash(`Module 1 Review — ${GEORGIAN} ანბანი`));
      expect(text, name).toContain(squash(`the ${GEORGIAN} and ${ARMENIAN} alphabets`));
      expect(text, name).not.toContain('■');
    }
  });

  it('reach the worker threads that export the modules of a larger course', async () => {
    const root = await course(FONTS, { 'm2/06_revision.md': review(`${ARMENIAN} այբուբեն`) });
    const out = await outDir();
    const outcome = await runBuild({ root, outDir: out, formats: ['pdf'], options: { toolVersion: 'test' }, jobs: 2 });
    expect(outcome.diagnostics).toEqual([]);
    expect(pdfText(path.join(out, 'pdf', 'm2-worksheet.pdf'))).toContain(squash(`Module 1 Review — ${ARMENIAN} այբուբեն`));
  });

  it('give the same bytes for the same input', async () => {
    const root = await course(FONTS);
    const [a, b] = [await outDir(), await outDir()];
    for (const out of [a, b]) await runBuild({ root, outDir: out, formats: ['pdf'], options: { toolVersion: 'test' } });
    const names = (await readdir(path.join(a, 'pdf'))).sort();
    expect(names).toEqual(['course.pdf', 'm1-key.pdf', 'm1-worksheet.pdf']);
    for (const name of names) expect((await readFile(path.join(a, 'pdf', name))).equals(await readFile(path.join(b, 'pdf', name))), name).toBe(true);
  });

  it('key the cache of PDF builds on their bytes, not of builds without PDFs', async () => {
    const root = await course(FONTS);
    const out = await outDir();
    const cacheDir = await outDir();
    const build = (formats: string[]) => runBuild({ root, outDir: out, formats, options: { toolVersion: 'test' }, cacheDir, code: 'test' });
    expect((await build(['pdf'])).modules).toMatchObject({ built: 1, cached: 0 });
    const first = await readFile(path.join(out, 'pdf', 'course.pdf'));
    expect((await build(['pdf'])).modules).toMatchObject({ built: 0, cached: 1 });
    await build(['json']);

    // Another font at the same path, without Georgian: the module and the booklet are typeset again.
    await copyFile(SOURCE_SANS, path.join(root, 'fonts', 'DejaVuSans.ttf'));
    const swapped = await build(['pdf']);
    expect(swapped.modules).toMatchObject({ built: 1, cached: 0 });
    expect(swapped.diagnostics.map((d) => d.code)).toEqual(['pdf-characters-missing']);
    expect(pdfText(path.join(out, 'pdf', 'm1-worksheet.pdf'))).toContain(squash(`the ${SQUARES(GEORGIAN)} and`));
    expect(pdfText(path.join(out, 'pdf', 'course.pdf'))).toContain(squash(`the ${SQUARES(GEORGIAN)} and`));
    // A build without PDFs does not depend on the font.
    expect((await build(['json'])).modules).toMatchObject({ built: 0, cached: 1 });

    await copyFile(fontFile as string, path.join(root, 'fonts', 'DejaVuSans.ttf'));
    expect((await build(['pdf'])).modules).toMatchObject({ built: 0, cached: 1 });
    expect((await readFile(path.join(out, 'pdf', 'course.pdf'))).equals(first)).toBe(true);
  });

  it('are each reported at their entry of coursepack.config.json when unusable, by validate and build, every one in one run', async () => {
    const config = { pdfFonts: ['fonts/DejaVuSans.ttf', 'fonts/NotoSansGeorgian-Regular.ttf', 'fonts/notes.ttf', 'fonts/web.otf', '../fonts/x.ttf'] };
    const root = await course(config, { 'fonts/notes.ttf': 'Remember to download the Georgian font.\n', 'fonts/web.otf': 'wOFF and the rest of a web font' });
    const name = path.basename(root);
    const { code, stdout } = await runCli(['validate', name, '--format', 'json'], path.dirname(root));
    expect(code).toBe(1);
    const rows = (JSON.parse(stdout) as Record<string, unknown>[]).map((r) => `${String(r['file'])}:${String(r['line'])}:${String(r['column'])} ${String(r['severity'])} ${String(r['code'])} ${String(r['message'])}`);
    expect(rows).toEqual([
      `${name}/coursepack.config.json:4:5 error pdf-font-unusable \`fonts/NotoSansGeorgian-Regular.ttf\` is not a file of the content folder`,
      `${name}/coursepack.config.json:5:5 error pdf-font-unusable \`fonts/notes.ttf\` is not a TrueType or OpenType font (those start with the bytes 00 01 00 00, \`OTTO\`, \`true\` or \`ttcf\`)`,
      `${name}/coursepack.config.json:6:5 error pdf-font-unusable \`fonts/web.otf\` is a web font (WOFF), which the PDF typesetter cannot load; list the .ttf or .otf file it was made from`,
      `${name}/coursepack.config.json:7:5 error config-invalid \`../fonts/x.ttf\` must be a path inside the content folder, without empty, \`.\` or \`..\` parts or hidden names (starting with \`.\`) (at \`/pdfFonts/4\`)`,
    ]);

    const out = await outDir();
    const built = await runCli(['build', root, '--format', 'pdf', '--out', out, '--no-cache']);
    expect(built.code).toBe(1);
    expect(built.stderr).toContain('coursepack.config.json\n');
    expect(built.stderr).toMatch(/\n {2}4:5-4:41 +error +`fonts\/NotoSansGeorgian-Regular.ttf` is not a file of the content folder {2}pdf-font-unusable\n/);
    expect(built.stderr).toMatch(/\n {2}5:5-5:22 +error +`fonts\/notes.ttf` is not a TrueType or OpenType font/);
    expect(built.stderr).toMatch(/\n {2}6:5-6:20 +error +`fonts\/web.otf` is a web font \(WOFF\)/);
    expect(built.stderr).toMatch(/✖ 4 problems \(4 errors, 0 warnings\)/);
    // The course's modules are still exported, with the one font that works.
    expect(built.stdout).toContain('1 of 1 module(s) exported');
    expect(pdfText(path.join(out, 'pdf', 'm1-worksheet.pdf'))).toContain(squash(`the ${GEORGIAN} and ${ARMENIAN} alphabets`));
  });

  it('are not read at all by a course that lists none', async () => {
    const listing = { otherFiles: ['fonts/DejaVuSans.ttf'] };
    // A folder that is not there: a course that lists the font tries to read it, one that does not never does.
    const nowhere = path.join(tmpdir(), 'coursepack-no-such-folder');
    expect(await readPdfFonts(nowhere, { ...listing, configText: '{ "title": "No fonts" }' }, [])).toEqual({ fonts: [], diagnostics: [] });
    expect((await readPdfFonts(nowhere, { ...listing, configText: JSON.stringify(FONTS) }, FONTS.pdfFonts)).diagnostics.map((d) => d.message)).toEqual(['`fonts/DejaVuSans.ttf` could not be read']);
    const root = await course(FONTS);
    const read = await readPdfFonts(root, { ...listing, configText: JSON.stringify(FONTS) }, FONTS.pdfFonts);
    expect(read.diagnostics).toEqual([]);
    expect(read.fonts.map((f) => [f.path, f.sha256.length, f.bytes.byteLength])).toEqual([['fonts/DejaVuSans.ttf', 64, (await readFile(fontFile as string)).byteLength]]);
  });
});
