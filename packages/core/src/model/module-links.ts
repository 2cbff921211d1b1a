import type { Finding } from './finding.js';
import { extensionOf, isDownloadType } from './download-type.js';
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
 * What the checks across the course need of one module: the numbered sections of its own files,
 * its references into other modules' files, and the images it shows from the content folder. Each
 * module is built on its own (in parallel, or from the cache), so these are checked once every
 * module's links are in, against each other and against the folder's listing.
 */
export interface ModuleLinks {
  moduleId: string;
  /** Section numbers of each of the module's parsed files, in outline order, by path. */
  sections: Record<string, string[]>;
  /** References into another module's file, by the file's path and its name as written. */
  references: { path: string; name: string; sections: WrittenRange[] }[];
  /** Images shown from the content folder: the file's path in the folder, and its source as written. */
  images: { path: string; src: string; place: Place }[];
  /** Links to files of the content folder that are not markdown or modules (downloads): the file's path, and the link as written. */
  files: { path: string; href: string; place: Place }[];
}

/**
 * Findings for sections that references into other modules' files name but those files lack, for
 * images modules show and files they link to that are no file of the folder (`paths`, every path
 * the listing holds; null when not known, which leaves them unchecked), and for links to files that
 * are there but of a type no export carries.
 */
export function checkModuleLinks(links: Iterable<ModuleLinks>, paths: ReadonlySet<string> | null): Finding[] {
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
    for (const image of paths ? l.images : []) {
      if (!paths?.has(image.path)) findings.push({ code: 'image-missing', message: `\`${image.src}\` is not a file of the content folder (no \`${image.path}\`)`, place: image.place, module: null });
    }
    // (A module's links cached by an earlier version have no files.)
    const shown = new Set(l.images.map((i) => i.path));
    for (const file of paths ? (l.files ?? []) : []) {
      if (!paths?.has(file.path)) findings.push({ code: 'link-missing-file', message: `\`${file.href}\` links to no file of the content folder (no \`${file.path}\`)`, place: file.place, module: null });
      // A link to an image the module shows leads to it, as packages carry it.
      else if (!isDownloadType(file.path) && !shown.has(file.path)) {
        findings.push({ code: 'link-not-packaged', message: `\`${file.href}\` links to a file of type .${extensionOf(file.path)}, which packages do not carry: in an LMS its text is shown, not a link. Link to the file at a full address (https://…) instead`, place: file.place, module: null });
      }
    }
  }
  return findings;
}
