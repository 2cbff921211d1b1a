/** Common Cartridge versions coursepack writes. */
export type CcVersion = '1.1' | '1.3';

/** What differs between the versions: namespaces, schema locations and type names. */
export interface CcProfile {
  version: CcVersion;
  schemaVersion: string;
  cpNamespace: string;
  lomManifestNamespace: string;
  schemaLocation: string;
  assessmentType: string;
  qtiSchemaLocation: string;
}

/** The namespaces and names of a Common Cartridge version (1.3 differs from 1.1 only in these). */
export function ccProfileOf(version: CcVersion): CcProfile {
  const v = version === '1.3' ? 'v1p3' : 'v1p1';
  const cpNamespace = `http://www.imsglobal.org/xsd/imscc${v}/imscp_v1p1`;
  const lomManifestNamespace = `http://ltsc.ieee.org/xsd/imscc${v}/LOM/manifest`;
  const base = `http://www.imsglobal.org/profile/cc/cc${v}`;
  return {
    version,
    schemaVersion: `${version}.0`,
    cpNamespace,
    lomManifestNamespace,
    schemaLocation: `${cpNamespace} ${base}/cc${v}_imscp_v1p2_v1p0.xsd ${lomManifestNamespace} ${base}/LOM/cc${v}_lommanifest_v1p0.xsd`,
    assessmentType: `imsqti_xmlv1p2/imscc_xml${v}/assessment`,
    qtiSchemaLocation: `${base}/cc${v}_qtiasiv1p2p1_v1p0.xsd`,
  };
}
