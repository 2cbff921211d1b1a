import { xmlDocument } from '@coursepack/export-kit';
import type { ScormPackage } from './scorm-package.js';
import { addResources } from './scorm-resources.js';

const NS_CP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const NS_ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const NS_IMSSS = 'http://www.imsglobal.org/xsd/imsss';

/** The SCORM 2004 4th Edition `imsmanifest.xml` of a package (IMS CP 1.1.4, ADL CP 1.3, IMS SS). */
export function scorm2004Manifest(pkg: ScormPackage): string {
  const manifest = xmlDocument().ele(NS_CP, 'manifest', {
    identifier: pkg.identifier,
    version: '1',
    'xmlns:adlcp': NS_ADLCP,
    'xmlns:imsss': NS_IMSSS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${NS_CP} imscp_v1p1.xsd ${NS_ADLCP} adlcp_v1p3.xsd ${NS_IMSSS} imsss_v1p0.xsd`,
  });
  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('2004 4th Edition');
  const organization = manifest.ele('organizations', { default: 'ORG' }).ele('organization', { identifier: 'ORG' });
  organization.ele('title').txt(pkg.title);
  for (const sco of pkg.scos) {
    const item = organization.ele('item', { identifier: `ITEM-${sco.key}`, identifierref: `SCO-${sco.key}` });
    item.ele('title').txt(sco.title);
    if (sco.passingScore !== null) {
      // The LMS turns this into cmi.scaled_passing_score.
      item.ele(NS_IMSSS, 'imsss:sequencing').ele(NS_IMSSS, 'imsss:objectives')
        .ele(NS_IMSSS, 'imsss:primaryObjective', { objectiveID: 'PRIMARYOBJ', satisfiedByMeasure: 'true' })
        .ele(NS_IMSSS, 'imsss:minNormalizedMeasure').txt(String(sco.passingScore));
    }
  }
  if (pkg.scos.length > 1) organization.ele(NS_IMSSS, 'imsss:sequencing').ele(NS_IMSSS, 'imsss:controlMode', { choice: 'true', flow: 'true' });
  addResources(manifest, pkg, 'adlcp:scormType');
  return manifest.end();
}
