import type { Finding } from './finding.js';
import { coversSection } from './resolve-reference.js';
import type { Place } from './types.js';

/** A `§a` or `§a-§b` as written in a reference. */
export interface WrittenRange {
  raw: string;
  from: string;
  to: string;
  place: Place;
}

/**
 * What references between modules need of one module: the numbered sections of its own files,
 * and its references into other modules' files. Each module is built on its own (in parallel, or
 * from the cache), so those references are checked once every module's links are in.
 */
export interface ModuleLinks {
  moduleId: string;
  /** Section numbers of each of the module's parsed files, in outline order, by path. */
  sections: Record<string, string[]>;
  /** References into another module's file, by the file's path and its name as written. */
  references: { path: string; name: string; sections: WrittenRange[] }[];
}

/** Findings for sections that references into other modules' files name but those files lack. */
export function checkModuleLinks(links: Iterable<ModuleLinks>): Finding[] {
  const all = [...links];
  const sectionsOf = new Map<string, string[]>();
  for (const l of all) for (const [path, numbers] of Object.entries(l.sections)) sectionsOf.set(path, numbers);
  const findings: Finding[] = [];
  for (const l of all) {
    for (const reference of l.references) {
      // A file no module parsed is not checked here: one that is not a module's file, or that
      // could not be read (too large, not UTF-8; reported where it is).
      const numbers = sectionsOf.get(reference.path);
      if (!numbers) continue;
      for (const range of reference.sections) {
        const ends = range.to === range.from ? [range.from] : [range.from, range.to];
        for (const n of ends.filter((e) => !numbers.some((x) => coversSection(e, x)))) {
          findings.push({ code: 'cross-reference-missing-section', message: `Section §${n} is not a numbered heading in ${reference.name}`, place: range.place, module: null });
        }
      }
    }
  }
  return findings;
}
