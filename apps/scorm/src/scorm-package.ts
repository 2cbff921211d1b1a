import { nameHash } from '@coursepack/core';

/** One SCO of a package: a module's player and the files it needs. */
export interface ScoEntry {
  /** The module's key (a valid XML name), used in identifiers. */
  key: string;
  title: string;
  /** Launch page, relative to the package root. */
  href: string;
  /** Every file of the SCO, relative to the package root, sorted (its own images among them). */
  files: string[];
  /** Whether the SCO shows any of the package's shared images (see {@link ScormPackage.sharedImages}). */
  hasSharedImages: boolean;
  /** Passing score as a fraction of the maximum, or null. */
  passingScore: number | null;
  /** The largest raw score the SCO reports (1.2 mastery scores are in raw units). */
  maxScore: number;
}

/** What a manifest describes: the package identity, its SCOs, and shared assets. */
export interface ScormPackage {
  identifier: string;
  title: string;
  scos: ScoEntry[];
  /** Files shared by every SCO (a course package's player runtime), or empty. */
  sharedFiles: string[];
  /** Images shown by more than one SCO, stored once (a course package), sorted, or empty. */
  sharedImages: string[];
}

/** The manifest and shared-asset identifiers. */
export const SHARED_ASSETS_ID = 'player-assets';

/** Identifier of the asset resource holding the images several SCOs show. */
export const SHARED_IMAGES_ID = 'shared-images';

/**
 * A file or folder name limited to `[A-Za-z0-9._-]`: the name itself when it already is, else
 * the name with other characters as `_` plus a hash of the original, so two names never meet.
 */
export function safeFileName(name: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(name)) return name;
  return `${name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\./, '_')}-${nameHash(name)}`;
}
