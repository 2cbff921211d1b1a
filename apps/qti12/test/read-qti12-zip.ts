import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

const ARRAYS = new Set(['item', 'section', 'qtimetadatafield', 'response_label', 'respcondition', 'itemfeedback', 'varequal', 'resource', 'displayfeedback']);

/** A parser that keeps attributes (`@_name`) and always makes repeatable QTI elements arrays. */
export const qtiParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
});

/** Every entry of a zip as text, by path. */
export async function readZip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (entry && !entry.dir) out.set(name, await entry.async('string'));
  }
  return out;
}

// The parsed XML is untyped by nature; tests walk it with this alias.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Xml = any;

/** Every `item` under a section tree, depth first. */
export function itemsOf(section: Xml): Xml[] {
  return [...(section.item ?? []), ...(section.section ?? []).flatMap(itemsOf)];
}

/** The item's `qtimetadata` fields as a record. */
export function metadataOf(item: Xml): Record<string, string> {
  const fields: Xml[] = item.itemmetadata.qtimetadata.qtimetadatafield;
  return Object.fromEntries(fields.map((f) => [f.fieldlabel, typeof f.fieldentry === 'string' ? f.fieldentry : '']));
}

/** The item's feedback blocks: ident → HTML. */
export function feedbackOf(item: Xml): Record<string, string> {
  return Object.fromEntries((item.itemfeedback ?? []).map((f: Xml) => [f['@_ident'], f.flow_mat.material.mattext['#text']]));
}
