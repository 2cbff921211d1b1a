import { execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isExternalRequired } from '@coursepack/test-kit';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdfimages'] as const;

function onPath(tool: string): boolean {
  return (process.env['PATH'] ?? '').split(path.delimiter).some((dir) => {
    try {
      accessSync(path.join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether poppler-utils is installed; skips loudly, or fails under COURSEPACK_REQUIRE_EXTERNAL=1. */
export function hasPoppler(): boolean {
  const missing = TOOLS.filter((t) => !onPath(t));
  if (missing.length === 0) return true;
  const reason = `${missing.join(', ')} not found on PATH (Debian package poppler-utils)`;
  if (isExternalRequired) throw new Error(`poppler-utils is required (COURSEPACK_REQUIRE_EXTERNAL=1) but ${reason}`);
  console.warn(`\n!!! SKIPPING PDF tests that need poppler-utils: ${reason}. Run .ci/run or install poppler-utils. !!!\n`);
  return false;
}

function withFile<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'coursepack-pdf-'));
  try {
    const file = path.join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page in content-stream order (`pdftotext -raw`), which is the order Typst lays it out. */
export function pdfPages(bytes: Uint8Array): string[] {
  const text = withFile(bytes, (file) => execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  return text.split('\f').slice(0, -1);
}

/** The document's lines as laid out on the page (`pdftotext -layout`): indents show nesting, spaces between cells show columns. */
export function pdfLines(bytes: Uint8Array): string[] {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).split('\n');
}

/** Each word of the document with the width it is printed at, in points (`pdftotext -bbox`). */
export function pdfWords(bytes: Uint8Array): { text: string; width: number }[] {
  const out = withFile(bytes, (file) => execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  return [...out.matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ text: m[3] ?? '', width: Number(m[2]) - Number(m[1]) }));
}

/** pdfinfo's fields (`Pages`, `Tagged`, `Page size` …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Base names of the fonts embedded in the document, subset prefix removed. */
export function pdfFonts(bytes: Uint8Array): string[] {
  const out = withFile(bytes, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return out.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => (l.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

/** One image drawn on a page, as `pdfimages -list` reports it: its object, pixel size and resolution as placed. */
export interface PlacedImage {
  page: number;
  object: number;
  width: number;
  height: number;
  xPpi: number;
  yPpi: number;
}

/** Every image drawn in the document, in page and drawing order (an image drawn twice is listed twice, with one object). */
export function pdfImages(bytes: Uint8Array): PlacedImage[] {
  const out = withFile(bytes, (file) => execFileSync('pdfimages', ['-list', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  return out
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
      const f = l.trim().split(/\s+/);
      return { page: Number(f[0]), object: Number(f[10]), width: Number(f[3]), height: Number(f[4]), xPpi: Number(f[12]), yPpi: Number(f[13]) };
    });
}

/** Normalise whitespace so text wrapped over lines compares with the model's text. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
