import { type XmlElement, packageHref, xmlDocument } from '@coursepack/export-kit';
import type { CcProfile } from './cc-version.js';

/** An entry of the course organization: a folder (children) or a link to a resource. */
export interface CartridgeItem {
  identifier: string;
  title: string;
  identifierref?: string;
  children?: CartridgeItem[];
}

/** A manifest resource. Assessments have no `href`; web pages do. */
export interface CartridgeResource {
  identifier: string;
  type: string;
  href?: string;
  files: string[];
  dependencies: string[];
}

/** What {@link writeCcManifest} writes. */
export interface CartridgeManifest {
  identifier: string;
  title: string;
  /** The course's language (BCP 47): of the title, and of the cartridge's content. */
  language: string;
  items: CartridgeItem[];
  resources: CartridgeResource[];
}

function appendItem(parent: XmlElement, item: CartridgeItem): void {
  const node = parent.ele('item', item.identifierref ? { identifier: item.identifier, identifierref: item.identifierref } : { identifier: item.identifier });
  node.ele('title').txt(item.title);
  for (const child of item.children ?? []) appendItem(node, child);
}

/** The cartridge's `imsmanifest.xml`: LOM title, one rooted organization, the resources. */
export function writeCcManifest(manifest: CartridgeManifest, profile: CcProfile): string {
  const doc = xmlDocument();
  const root = doc.ele(profile.cpNamespace, 'manifest', {
    identifier: manifest.identifier,
    'xmlns:lomimscc': profile.lomManifestNamespace,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': profile.schemaLocation,
  });
  const metadata = root.ele('metadata');
  metadata.ele('schema').txt('IMS Common Cartridge');
  metadata.ele('schemaversion').txt(profile.schemaVersion);
  const general = metadata.ele('lomimscc:lom').ele('lomimscc:general');
  general.ele('lomimscc:title').ele('lomimscc:string', { language: manifest.language }).txt(manifest.title);
  general.ele('lomimscc:language').txt(manifest.language);
  const organization = root.ele('organizations').ele('organization', { identifier: `${manifest.identifier}.org`, structure: 'rooted-hierarchy' });
  const top = organization.ele('item', { identifier: `${manifest.identifier}.root` });
  for (const item of manifest.items) appendItem(top, item);
  const resources = root.ele('resources');
  for (const r of manifest.resources) {
    const node = resources.ele('resource', r.href ? { identifier: r.identifier, type: r.type, href: packageHref(r.href) } : { identifier: r.identifier, type: r.type });
    for (const file of r.files) node.ele('file', { href: packageHref(file) });
    for (const dep of r.dependencies) node.ele('dependency', { identifierref: dep });
  }
  return `${doc.end()}\n`;
}
