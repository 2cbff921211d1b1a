import type { Diagnostic } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js';
import type { ContentSource } from '../load/content-source.js';
import { courseSkeleton } from '../model/course-skeleton.js';
import { readConfig } from '../model/read-config.js';
import type { ModuleLinks } from '../model/module-links.js';
import { buildCourse, moduleBuilder, moduleLinkDiagnostics } from './build-course.js';

/**
 * Every diagnostic of a course, the same as {@link buildCourse} reports, found one module at a
 * time: each module's model is dropped once its rules have run (only its links to other modules are
 * kept, to check once all are in), so memory holds one module's model (and the source bytes),
 * however large the course. The images modules show are checked against the listing, but their
 * bytes are not read here (`loadCourse` and the command line read and check them too).
 */
export function validateCourse(source: ContentSource): Diagnostic[] {
  const diagnostics = [...buildCourse(source, { only: new Set() }).diagnostics];
  const { config } = readConfig(source.configText);
  const build = moduleBuilder(source);
  const byPath = new Map(source.files.map((f) => [f.path, f]));
  const links: ModuleLinks[] = [];
  for (const module of courseSkeleton(source, config).modules) {
    const files = module.files.map((f) => byPath.get(f.path)).filter((f) => f !== undefined);
    const built = build(module.id, files);
    diagnostics.push(...built.diagnostics);
    links.push(...built.links);
  }
  // References between modules and images, once every module is in.
  diagnostics.push(...moduleLinkDiagnostics(links, source));
  return sortDiagnostics(diagnostics);
}
