import type { FileRole } from '@coursepack/core';

/** File name of a module page in the cartridge, by the role of its source file. */
export function pageName(role: FileRole): string {
  return role === 'review' ? 'review.html' : `${role}.html`;
}
