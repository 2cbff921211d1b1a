import { isSkippedName } from '@coursepack/core';

/**
 * Why a course would never read a module at this path (its folders below the content folder,
 * outermost first), or null: one of them is a name the course's listing passes over (core's
 * `isSkippedName`: hidden, `node_modules`, `dist`).
 */
export function skippedFolder(segments: readonly string[]): string | null {
  const name = segments.find((s) => s !== '.' && s !== '..' && isSkippedName(s));
  if (name === undefined) return null;
  return name.startsWith('.') ? `\`${name}\` starts with a dot, and a course skips hidden folders` : `a course skips folders named \`${name}\``;
}
