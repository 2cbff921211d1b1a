import { readFileSync, readdirSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import { TypstTemplateError } from '../typst-template-error.js';
import { fontBlobs } from './font-blobs.js';

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

/** Typeset the fixed template with `data` (passed as JSON through `sys.inputs`) into PDF bytes. */
export function compileTypst(data: unknown): Uint8Array {
  const typst = warmCompiler();
  const document = layOut(typst, data);
  // PDF/UA-1: Typst checks the accessibility rules it can (title, language, heading order) and tags the rest.
  const pdf = typst.pdf(document, { creationTimestamp: 0, pdfStandard: 'ua-1' });
  // Memoized results not reused by the last two documents are dropped. Each document is new
  // content, so little survives longer, and a larger cache only slows lookups: measured here over
  // 200 worksheets and keys, keeping 30 generations cost about 15 % more time per document than
  // keeping 2, and 60 MB more memory.
  typst.evictCache(2);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** The values of the template's `metadata` elements with `label`, after layout (tests read page markers). */
export function queryTypst(data: unknown, label: string): unknown[] {
  const typst = warmCompiler();
  const found: unknown = typst.query(layOut(typst, data), { selector: `<${label}>`, field: 'value' });
  return Array.isArray(found) ? found : [];
}
