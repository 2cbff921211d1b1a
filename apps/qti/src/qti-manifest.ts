import type { Element, ElementContent } from 'xast';
import { x } from 'xastscript';
import type { QtiVersion } from './qti-version.js';
import { dialectOf } from './qti-version.js';
import { xmlDocument } from './xml-document.js';

/** One resource of a QTI package: an item or a test file, or a file they show (`webcontent`). */
export interface QtiResource {
  identifier: string;
  kind: 'item' | 'test' | 'webcontent';
  /** The resource's main file, as a URL relative to the package root. */
  href: string;
  title: string;
  /** QTI 2.1 name of the item's interaction (`choiceInteraction`), for the package metadata. */
  interactionType?: string;
  /** Whether the item has feedback shown after response processing. */
  hasFeedback?: boolean;
  /** Whether the item carries its answer (a correct response or a model answer). */
  hasSolution?: boolean;
  /** Further files the resource uses (an item's images), as URLs relative to the package root. */
  files?: string[];
  /** Identifiers of the resources this one needs (a test's items, an item's images). */
  dependencies?: string[];
}

/** Options of {@link qtiManifest}. */
export interface QtiManifestOptions {
  version: QtiVersion;
  identifier: string;
  /** Written as the tool version in QTI 2.1 item metadata. */
  toolVersion: string;
}

const LOM = 'http://ltsc.ieee.org/xsd/LOM';
const QTI_METADATA = 'http://www.imsglobal.org/xsd/imsqti_metadata_v2p1';

// QTI 2.1 profile metadata: qtiMetadata (items only) then an IEEE LOM title, in that order.
function qti21Metadata(resource: QtiResource, toolVersion: string): Element {
  const children: ElementContent[] = [];
  if (resource.kind === 'item') {
    children.push(
      x('imsqti:qtiMetadata', [
        x('imsqti:timeDependent', 'false'),
        ...(resource.interactionType ? [x('imsqti:interactionType', resource.interactionType)] : []),
        x('imsqti:feedbackType', resource.hasFeedback ? 'nonadaptive' : 'none'),
        x('imsqti:solutionAvailable', resource.hasSolution ? 'true' : 'false'),
        x('imsqti:toolName', 'coursepack'),
        x('imsqti:toolVersion', toolVersion),
      ]),
    );
  }
  children.push(x('imsmd:lom', [x('imsmd:general', [x('imsmd:title', [x('imsmd:string', resource.title)])])]));
  return x('metadata', children);
}

function typeOf(resource: QtiResource, version: QtiVersion): string {
  const d = dialectOf(version);
  if (resource.kind === 'item') return d.itemResourceType;
  return resource.kind === 'test' ? d.testResourceType : 'webcontent';
}

/** The `imsmanifest.xml` of a QTI package (the root element) listing items, tests and the files they show, with their dependencies. */
export function qtiManifest(resources: readonly QtiResource[], options: QtiManifestOptions): Element {
  const d = dialectOf(options.version);
  const is21 = options.version === '2.1';
  const resourceElements = resources.map((r) =>
    x('resource', { identifier: r.identifier, type: typeOf(r, options.version), href: r.href }, [
      ...(is21 && r.kind !== 'webcontent' ? [qti21Metadata(r, options.toolVersion)] : []),
      ...[r.href, ...(r.files ?? [])].map((href) => x('file', { href })),
      ...(r.dependencies ?? []).map((id) => x('dependency', { identifierref: id })),
    ]),
  );
  const namespaces = is21 ? { xmlns: d.manifestNamespace, 'xmlns:imsmd': LOM, 'xmlns:imsqti': QTI_METADATA } : { xmlns: d.manifestNamespace };
  return x('manifest', { ...namespaces, identifier: options.identifier }, [
    x('metadata', [x('schema', is21 ? 'QTIv2.1 Package' : 'QTI Package'), x('schemaversion', is21 ? '1.0.0' : '3.0.0')]),
    x('organizations'),
    x('resources', resourceElements),
  ]);
}

/** The text of a QTI package's `imsmanifest.xml`. */
export function qtiManifestXml(resources: readonly QtiResource[], options: QtiManifestOptions): string {
  return xmlDocument(qtiManifest(resources, options));
}
