import { createHash } from 'node:crypto';
import type { ModuleAsset } from '@coursepack/core';
import { qtiIdent } from './qti-ident.js';

/**
 * The manifest identifier of an asset's resource, from its path alone, so that every module (and
 * every package) names one file alike; a short hash keeps paths that `qtiIdent` folds together apart.
 */
export function assetIdent(asset: Pick<ModuleAsset, 'path'>): string {
  const hash = createHash('sha256').update(asset.path).digest('hex').slice(0, 8);
  return `${qtiIdent(`asset.${asset.path}`)}-${hash}`;
}
