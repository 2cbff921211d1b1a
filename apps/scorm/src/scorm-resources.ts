import type { XmlElement } from '@coursepack/export-kit';
import type { ScormPackage } from './scorm-package.js';
import { packageHref } from '@coursepack/export-kit';
import { SHARED_ASSETS_ID, SHARED_IMAGES_ID } from './scorm-package.js';

/**
 * The `<resources>` of a manifest: a SCO resource per module listing its files (its own images
 * among them), and asset resources for what SCOs share: the player runtime, which every SCO
 * depends on, and images shown by several SCOs, which those SCOs depend on. `scormType` is the
 * attribute's name in the version's ADL CP namespace (`adlcp:scormtype` in 1.2, `adlcp:scormType` in 2004).
 */
export function addResources(manifest: XmlElement, pkg: ScormPackage, scormType: string): void {
  const resources = manifest.ele('resources');
  for (const sco of pkg.scos) {
    const resource = resources.ele('resource', { identifier: `SCO-${sco.key}`, type: 'webcontent', [scormType]: 'sco', href: packageHref(sco.href) });
    for (const file of sco.files) resource.ele('file', { href: packageHref(file) });
    if (pkg.sharedFiles.length > 0) resource.ele('dependency', { identifierref: SHARED_ASSETS_ID });
    if (sco.hasSharedImages && pkg.sharedImages.length > 0) resource.ele('dependency', { identifierref: SHARED_IMAGES_ID });
  }
  for (const [identifier, files] of [[SHARED_ASSETS_ID, pkg.sharedFiles], [SHARED_IMAGES_ID, pkg.sharedImages]] as const) {
    if (files.length === 0) continue;
    const shared = resources.ele('resource', { identifier, type: 'webcontent', [scormType]: 'asset' });
    for (const file of files) shared.ele('file', { href: packageHref(file) });
  }
}
