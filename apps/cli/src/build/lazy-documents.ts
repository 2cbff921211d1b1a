import type { ContentSource, Document } from '@coursepack/core';
import { buildModel } from '@coursepack/core';
import type { DocumentLookup } from '@coursepack/export-kit';

/**
 * Documents parsed on demand from the content source, one module at a time, for course-level
 * exporters that still need them; nothing is kept, so memory stays flat.
 */
export function lazyDocuments(source: ContentSource, moduleOfPath: Map<string, string>): DocumentLookup {
  let cached: { module: string; documents: Map<string, Document> } | null = null;
  const documentsOf = (path: string): Map<string, Document> | null => {
    const module = moduleOfPath.get(path);
    if (module === undefined) return null;
    if (cached?.module !== module) cached = { module, documents: buildModel(source, { only: new Set([module]), courseFindings: false }).documents };
    return cached.documents;
  };
  return {
    get: (path) => documentsOf(path)?.get(path),
    has: (path) => documentsOf(path)?.has(path) ?? false,
  };
}
