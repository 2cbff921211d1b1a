import { readFileSync, readdirSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { TypstTemplateError } from '../typst-template-error.js';
import type { AuthorFonts } from './author-fonts.js';
import { authorFonts } from './author-fonts.js';
import { fontBlobs } from './font-blobs.js';
import { shownFiles } from './shown-files.js';

/** Virtual folder the templates live in; nothing on disk is visible to the document. */
const WORKSPACE = '/coursepack';
const TEMPLATE_DIR = new URL('../../typst/', import.meta.url);

let warm: { fonts: string; compiler: NodeCompiler } | null = null;

/**
 * The one compiler of this process, created on first use with fonts and templates loaded: the
 * template's fonts, then those the course adds. Other fonts make another compiler, which replaces it.
 * (Exported for tests that typeset a probe against the template's own modules, `#import "style.typ"`.)
 */
export function warmCompiler(added: AuthorFonts | null = null): NodeCompiler {
  const fonts = added?.key ?? '';
  if (warm?.fonts === fonts) return warm.compiler;
  const created = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: [...fontBlobs(), ...(added?.blobs() ?? [])] }] });
  for (const name of readdirSync(TEMPLATE_DIR).filter((n) => n.endsWith('.typ'))) {
    created.mapShadow(`${WORKSPACE}/${name}`, readFileSync(new URL(name, TEMPLATE_DIR)));
  }
  warm = { fonts, compiler: created };
  return created;
}

/**
 * What the template reads from `sys.inputs`: the data; the families of the fonts the course adds,
 * if any; and the data's letters to keep out of capitals (`lowercase`, see document-data), apart,
 * so that the style file, which every part imports, need not parse the whole data again for them.
 */
function templateInputs(data: unknown, added: AuthorFonts | null): Record<string, string> {
  const lowercase = (data as { lowercase?: unknown } | null)?.lowercase;
  return {
    data: JSON.stringify(data),
    ...(added && added.families.length > 0 ? { fonts: JSON.stringify(added.families) } : {}),
    ...(typeof lowercase === 'string' && lowercase !== '' ? { lowercase } : {}),
  };
}

function layOut(typst: NodeCompiler, data: unknown, added: AuthorFonts | null): NodeTypstDocument {
  const result = typst.compile({ mainFilePath: `${WORKSPACE}/main.typ`, inputs: templateInputs(data, added) });
  const document = result.result;
  if (result.hasError() || !document) {
    const problems = result.takeError()?.shortDiagnostics ?? [];
    throw new TypstTemplateError(`The PDF template failed to compile: ${JSON.stringify(problems)}`);
  }
  return document;
}

function typeset(typst: NodeCompiler, data: unknown, added: AuthorFonts | null): Uint8Array {
  const document = layOut(typst, data, added);
  // PDF/UA-1: Typst checks the accessibility rules it can (title, language, heading order, alt
  // text of images) and tags the rest.
  const pdf = typst.pdf(document, { creationTimestamp: 0, pdfStandard: 'ua-1' });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

const NO_FILES: ReadonlyMap<string, Uint8Array> = new Map();
const NO_FONTS: readonly Uint8Array[] = [];

/**
 * Typeset the fixed template with `data` (passed as JSON through `sys.inputs`) into PDF bytes.
 * `files` are the images the data shows, by the name it shows them at (`/assets/…`): they are
 * visible to this document only. An image Typst cannot decode prints its alt text instead.
 * `fonts` are the font files the course adds, tried after the template's own.
 */
export function compileTypst(data: unknown, files: ReadonlyMap<string, Uint8Array> = NO_FILES, fonts: readonly Uint8Array[] = NO_FONTS): Uint8Array {
  const added = fonts.length > 0 ? authorFonts(fonts) : null;
  const typst = warmCompiler(added);
  for (const [name, bytes] of files) typst.mapShadow(`${WORKSPACE}${name}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    return typeset(typst, data, added);
  } catch (error) {
    // Only when a document fails are its images tried one by one (a file can look like a PNG yet
    // not decode, or not have been handed over at all).
    const broken = new Set([...shownFiles(data)].filter((name) => !files.has(name) || !isPrintable(typst, name)));
    if (broken.size === 0) throw error;
    return typeset(typst, withoutImages(data, broken), added);
  } finally {
    for (const name of files.keys()) typst.unmapShadow(`${WORKSPACE}${name}`);
    // Memoized results not reused by the last two documents are dropped. Each document is new
    // content, so little survives longer, and a larger cache only slows lookups: measured here
    // over 200 worksheets and keys, keeping 30 generations cost about 15 % more time per document
    // than keeping 2, and 60 MB more memory.
    typst.evictCache(2);
  }
}

const PROBE = '#set document(title: "probe")\n#set text(lang: "en")\n#image(sys.inputs.file, alt: "probe")\n';

/** Whether Typst decodes the image file and embeds it in a PDF/UA-1 document. */
function isPrintable(typst: NodeCompiler, name: string): boolean {
  try {
    const result = typst.compile({ mainFileContent: PROBE, inputs: { file: name } });
    if (result.hasError() || !result.result) return false;
    typst.pdf(result.result, { creationTimestamp: 0, pdfStandard: 'ua-1' });
    return true;
  } catch {
    return false;
  }
}

/** The data with the given image files shown as their alt text. */
function withoutImages(data: unknown, broken: ReadonlySet<string>): unknown {
  return JSON.parse(JSON.stringify(data), (_key, value: unknown) => {
    const run = value as { style?: unknown; file?: unknown } | null;
    return run && run.style === 'image' && typeof run.file === 'string' && broken.has(run.file) ? { ...run, file: null, width: null } : value;
  });
}

/** The values of the template's `metadata` elements with `label`, after layout (tests read page markers). */
export function queryTypst(data: unknown, label: string, files: ReadonlyMap<string, Uint8Array> = NO_FILES, fonts: readonly Uint8Array[] = NO_FONTS): unknown[] {
  const added = fonts.length > 0 ? authorFonts(fonts) : null;
  const typst = warmCompiler(added);
  for (const [name, bytes] of files) typst.mapShadow(`${WORKSPACE}${name}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const found: unknown = typst.query(layOut(typst, data, added), { selector: `<${label}>`, field: 'value' });
    return Array.isArray(found) ? found : [];
  } finally {
    for (const name of files.keys()) typst.unmapShadow(`${WORKSPACE}${name}`);
  }
}
