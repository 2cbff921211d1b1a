import { createHash } from 'node:crypto';
import type { ContentSource, Course } from '@coursepack/core';
import type { ExportOptions } from '@coursepack/export-kit';

/**
 * What every module's cache key shares: tool version and code (see `codeIdentity`), formats,
 * options (the fonts a course adds by path and the hash of their bytes, not the bytes),
 * configuration, course layout, and whether whole models are kept (see `processModule`).
 */
export function buildFingerprint(source: ContentSource, skeleton: Course, formats: readonly string[], options: ExportOptions, keepModel: boolean, code = ''): string {
  const layout = skeleton.modules.map((m) => [m.id, m.path, m.files.map((f) => f.path)]);
  const allPaths = source.files.map((f) => f.path).sort();
  const { fonts, ...rest } = options;
  const keyed = fonts ? { ...rest, fonts: fonts.map((f) => ({ path: f.path, sha256: f.sha256 })) } : options;
  return createHash('sha256')
    .update(JSON.stringify({ tool: options.toolVersion, code, formats: [...formats].sort(), options: keyed, config: source.configText, layout, allPaths, keepModel }))
    .digest('hex');
}

/** A module's cache key: the shared fingerprint plus the bytes of the module's own files. */
export function moduleKey(fingerprint: string, moduleId: string, files: ContentSource['files']): string {
  const hash = createHash('sha256').update(fingerprint).update('\0').update(moduleId);
  for (const f of files) {
    hash.update('\0').update(f.path).update('\0').update(f.issue ?? '');
    if (f.bytes) hash.update(f.bytes);
  }
  return hash.digest('hex');
}
