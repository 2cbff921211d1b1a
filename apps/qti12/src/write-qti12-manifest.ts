import { packageHref } from '@coursepack/export-kit';
import { newXmlDocument, serializeXml } from './internal/xml-node.js';

/** One quiz of a Canvas QTI package: its QTI file and its `assessment_meta.xml`. */
export interface Qti12PackageQuiz {
  ident: string;
  /** Path of the QTI file in the zip (`<ident>/<ident>.xml`). */
  qtiPath: string;
  /** Path of the Canvas metadata file (`<ident>/assessment_meta.xml`). */
  metaPath: string;
  /** Identifiers of the file resources (images) the quiz shows. */
  shows?: readonly string[];
}

/** A file of a Canvas QTI package that quizzes show (an image), listed as web content. */
export interface Qti12PackageFile {
  ident: string;
  /** Path in the zip (`web_resources/assets/…`), as the file is named there (not percent-encoded). */
  path: string;
}

const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const MD_NS = 'http://www.imsglobal.org/xsd/imsmd_v1p2';

/**
 * The `imsmanifest.xml` Canvas's QTI importer reads: an IMS content package whose resources are
 * `imsqti_xmlv1p2` quizzes, each depending on its `assessment_meta.xml` and on the images it
 * shows, and one `webcontent` resource per image (Canvas imports those as course files).
 */
export function writeQti12Manifest(ident: string, title: string, quizzes: readonly Qti12PackageQuiz[], files: readonly Qti12PackageFile[] = []): string {
  const doc = newXmlDocument();
  const manifest = doc.ele(CP_NS, 'manifest', {
    identifier: ident,
    'xmlns:imsmd': MD_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd ${MD_NS} http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd`,
  });
  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('IMS Content');
  metadata.ele('schemaversion').txt('1.1.3');
  metadata.ele('imsmd:lom').ele('imsmd:general').ele('imsmd:title').ele('imsmd:string').txt(title);
  manifest.ele('organizations');
  const resources = manifest.ele('resources');
  for (const quiz of quizzes) {
    const metaId = `${quiz.ident}.meta`;
    const resource = resources.ele('resource', { identifier: quiz.ident, type: 'imsqti_xmlv1p2' });
    resource.ele('file', { href: packageHref(quiz.qtiPath) });
    resource.ele('dependency', { identifierref: metaId });
    for (const shown of quiz.shows ?? []) resource.ele('dependency', { identifierref: shown });
    resources
      .ele('resource', { identifier: metaId, type: 'associatedcontent/imscc_xmlv1p1/learning-application-resource', href: packageHref(quiz.metaPath) })
      .ele('file', { href: packageHref(quiz.metaPath) });
  }
  for (const file of files) resources.ele('resource', { identifier: file.ident, type: 'webcontent', href: packageHref(file.path) }).ele('file', { href: packageHref(file.path) });
  return serializeXml(doc);
}
