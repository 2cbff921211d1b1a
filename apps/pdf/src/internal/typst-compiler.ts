import { readFileSync, readdirSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { TypstTemplateError } from '../typst-template-error.js';
import { fontBlobs } from './font-blobs.js';
import { shownFiles } from './shown-files.js';

/** Virtual folder the templates live in; nothing on disk is visible to the document. */
const WORKSPACE = '/coursepack';
const TEMPLATE_DIR = new URL('../../typst/', import.meta.url);

let compiler: NodeCompiler | null = null;

/** The one compiler of this process, created on first use with fonts and templates loaded. */
function warmCompiler(): NodeCompiler {
  if (compiler) return compiler;
  const created = NodeCompiler.create({ workspace: WORKSPACE, fontArgs: [{ fontBlobs: fontBlobs() }] });
  for (const name of readdirSync(TEMPLATE_DIR).filter((n) => n.endsWith('.typ'))) {
    created.mapShadow(`${WORKSPACE}/${name}`, readFileSync(new URL(name, TEMPLATE_DIR)));
  }
  compiler = created;
  return created;
}

function layOut(typst: NodeCompiler, data: unknown): NodeTypstDocument {
  const result = typst.compile({ mainFilePath: `${WORKSPACE}/main.typ`, inputs: { data: JSON.stringify(data) } });
  const document = result.result;
  if (result.hasError() || !document) {
    const problems = result.takeError()?.shortDiagnostics ?? [];
    throw new TypstTemplateError(`The PDF template failed to compile: ${JSON.stringify(problems)}`);
  }
  return document;
}

function typeset(typst: NodeCompiler, data: unknown): Uint8Array {
  const document = layOut(typst, data);
  // PDF/UA-1: Typst checks the accessibility rules it can (title, language, heading order, alt
  // text of images) and tags the rest.
  const pdf = typst.pdf(document, { creationTimestamp: 0, pdfStandard: 'ua-1' });
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

const NO_FILES: ReadonlyMap<string, Uint8Array> = new Map();

/**
 * Typeset the fixed template with `data` (passed as JSON through `sys.inputs`) into PDF bytes.
 * `files` are the images the data shows, by the name it shows them at (`/assets/…`): they are
 * visible to this document only. An image Typst cannot decode prints its alt text instead.
 */
export function compileTypst(data: unknown, files: ReadonlyMap<string, Uint8Array> = NO_FILES): Uint8Array {
  const typst = warmCompiler();
  for (const [name, bytes] of files) typst.mapShadow(`${WORKSPACE}${name}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    return typeset(typst, data);
  } catch (error) {
    // Only when a document fails are its images tried one by one (a file can look like a PNG yet
    // not decode, or not have been handed over at all).
    const broken = new Set([...shownFiles(data)].filter((name) => !files.has(name) || !isPrintable(typst, name)));
    if (broken.size === 0) throw error;
    return typeset(typst, withoutImages(data, broken));
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
export function queryTypst(data: unknown, label: string, files: ReadonlyMap<string, Uint8Array> = NO_FILES): unknown[] {
  const typst = warmCompiler();
  for (const [name, bytes] of files) typst.mapShadow(`${WORKSPACE}${name}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  try {
    const found: unknown = typst.query(layOut(typst, data), { selector: `<${label}>`, field: 'value' });
    return Array.isArray(found) ? found : [];
  } finally {
    for (const name of files.keys()) typst.unmapShadow(`${WORKSPACE}${name}`);
  }
}
