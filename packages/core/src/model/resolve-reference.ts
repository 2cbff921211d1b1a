import type { SourceFile } from '../parse/source-file.js';
import type { ModuleContext } from './module-context.js';
import type { RawReference } from './read-references.js';
import type { FileRole, Outline, Place, Reference, SectionRange } from './types.js';

const ROLE_DEFAULT_NAMES: Record<FileRole, string> = {
  'weekly-plan': '01_weekly_plan.md',
  explainer: '02_explainer.md',
  'study-material': '03_study_material.md',
  'daily-recall': '04_daily_recall.md',
  'hands-on-lab': '05_hands_on_lab.md',
  review: '06_revision.md',
};

/** Join a relative path onto a folder; null when it climbs above the content root. */
export function joinInside(dir: string, relative: string): string | null {
  const parts = dir === '' ? [] : dir.split('/');
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

// The file path of a relative URL as a browser reads it: what comes before `?` or `#`, with `%xx`
// escapes decoded (`%20` is a space). A stray `%` that starts no escape is kept as written, as
// browsers keep it.
function pathOfUrl(url: string): string {
  const written = (url.split(/[?#]/)[0] ?? '').trim();
  try {
    return decodeURIComponent(written);
  } catch {
    return written;
  }
}

/** Whether a URL leads outside the content folder's files: it has a scheme, is `//host…`, or is only an `#anchor`. */
export function isExternalUrl(url: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url);
}

/**
 * The content-folder path that a relative URL (an image's source, a link's target) written in the
 * file `from` names, read as a browser reads it; null when it is absolute or climbs out of the
 * folder. Validation and every export that moves links read a URL alike through this.
 */
export function contentPathOfUrl(from: string, url: string): string | null {
  const path = pathOfUrl(url);
  return path.startsWith('/') ? null : joinInside(dirname(from), path);
}

/**
 * The content-folder path that a relative URL written at `place` names (see
 * {@link contentPathOfUrl}); null, with a `path-outside-root` finding, when it is absolute or
 * climbs out of the folder.
 */
export function resolveUrl(url: string, place: Place, ctx: ModuleContext): string | null {
  const resolved = contentPathOfUrl(place.file, url);
  if (resolved === null) ctx.findings.push({ code: 'path-outside-root', message: `\`${url}\` points outside the content folder; it was not followed`, place, module: ctx.moduleId });
  return resolved;
}

/** Folder part of a POSIX path. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

/** Resolve a reference's file and sections against the module and the course. */
export function resolveReference(raw: RawReference, file: SourceFile, ctx: ModuleContext): Reference {
  const dir = dirname(file.path);
  let name: string;
  let role: FileRole | null = null;
  if (raw.target === null || isRole(raw.target)) {
    role = (raw.target ?? 'explainer') as FileRole;
    name = ctx.nameOfRole.get(role) ?? ROLE_DEFAULT_NAMES[role];
  } else {
    name = raw.target;
  }
  const path = joinInside(dir, name);
  const reference: Reference = { file: name, role, sections: [], place: raw.place };
  if (path === null) {
    ctx.findings.push({ code: 'path-outside-root', message: `\`${name}\` points outside the content folder; it was not read`, place: raw.place, module: ctx.moduleId });
    reference.sections = raw.sections.map((s) => ({ ...s, resolved: [] }));
    return reference;
  }
  if (!ctx.courseFiles.has(path)) {
    ctx.findings.push({ code: 'reference-missing-file', message: `\`${name}\` does not exist next to ${file.path.split('/').pop() ?? ''}`, place: raw.place, module: ctx.moduleId });
    reference.sections = raw.sections.map((s) => ({ ...s, resolved: [] }));
    return reference;
  }
  reference.role = ctx.courseFiles.get(path) ?? null;
  const outline = ctx.outlines.get(path);
  if (outline) {
    reference.sections = raw.sections.map((s) => resolveRange(s, name, outline, ctx));
    return reference;
  }
  // Another module's file is checked once every module is built (see checkModuleLinks); its
  // ranges, and those of an own file that could not be decoded (already reported), stay
  // unresolved rather than guessed.
  if (!ctx.ownPaths.has(path) && raw.sections.length > 0) ctx.crossReferences.push({ path, name, sections: raw.sections });
  reference.sections = raw.sections.map((s) => {
    if (compareNumbers(s.from, s.to) > 0) reportReversed(s, ctx);
    return { ...s, resolved: [] };
  });
  return reference;
}

function isRole(target: string): boolean {
  return target in ROLE_DEFAULT_NAMES;
}

function resolveRange(range: RawReference['sections'][number], name: string, outline: Outline, ctx: ModuleContext): SectionRange {
  const result: SectionRange = { ...range, resolved: [] };
  const numbers = outline.sections.map((s) => s.number);
  const first = (n: string) => numbers.findIndex((x) => coversSection(n, x));
  const last = (n: string) => numbers.findLastIndex((x) => coversSection(n, x));
  const i = first(range.from);
  const j = last(range.to);
  const missing = [i < 0 ? range.from : null, j < 0 && range.to !== range.from ? range.to : null].filter((x) => x !== null);
  for (const n of missing) {
    ctx.findings.push({ code: 'reference-missing-section', message: `Section §${n} is not a numbered heading in ${name}`, place: range.place, module: ctx.moduleId });
  }
  if (missing.length > 0) return result;
  if (compareNumbers(range.from, range.to) > 0 || i > j) {
    reportReversed(range, ctx);
    return result;
  }
  result.resolved = numbers.slice(i, j + 1);
  return result;
}

function reportReversed(range: RawReference['sections'][number], ctx: ModuleContext): void {
  ctx.findings.push({ code: 'reference-reversed-range', message: `The range ${range.raw} runs backwards; write the lower section first`, place: range.place, module: ctx.moduleId });
}

/** Whether a reference to section `n` covers the section numbered `number`: it is `n` or lies under it (`4.1` under `4`). */
export function coversSection(n: string, number: string): boolean {
  return number === n || number.startsWith(`${n}.`);
}

/** Compare dotted section numbers numerically (`4.10` after `4.9`). */
export function compareNumbers(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let k = 0; k < Math.max(x.length, y.length); k++) {
    const d = (x[k] ?? -1) - (y[k] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
