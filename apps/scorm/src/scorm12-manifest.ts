import { xmlDocument } from '@coursepack/export-kit';
import type { ScormPackage } from './scorm-package.js';
import { addResources } from './scorm-resources.js';

const NS_CP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const NS_ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

/** The SCORM 1.2 `imsmanifest.xml` of a package (IMS CP 1.1.2 + ADL CP 1.2). */
export function scorm12Manifest(pkg: ScormPackage): string {
  const manifest = xmlDocument().ele(NS_CP, 'manifest', {
    identifier: pkg.identifier,
    version: '1.0',
    'xmlns:adlcp': NS_ADLCP,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${NS_CP} imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd ${NS_ADLCP} adlcp_rootv1p2.xsd`,
  });
  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2');
  const organization = manifest.ele('organizations', { default: 'ORG' }).ele('organization', { identifier: 'ORG' });
  organization.ele('title').txt(pkg.title);
  for (const sco of pkg.scos) {
    const item = organization.ele('item', { identifier: `ITEM-${sco.key}`, identifierref: `SCO-${sco.key}`, isvisible: 'true' });
    item.ele('title').txt(sco.title);
    if (sco.passingScore !== null) {
      // The mastery score is compared with cmi.core.score.raw, which the player reports in points (0-100).
      const scale = Math.min(sco.maxScore, 100);
      item.ele(NS_ADLCP, 'adlcp:masteryscore').txt(String(Math.round(sco.passingScore * scale * 100) / 100));
    }
  }
  addResources(manifest, pkg, 'adlcp:scormtype');
  return manifest.end();
}
