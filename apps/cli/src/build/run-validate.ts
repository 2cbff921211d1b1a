import type { Diagnostic, ModuleLinks } from '@coursepack/core';
import { buildCourse, courseSkeleton, listContentFolder, moduleLinkDiagnostics, readConfig, sortDiagnostics } from '@coursepack/core';
import { READ_AHEAD, buildModules } from './build-modules.js';
import { readAhead } from './read-ahead.js';
import { readPdfFonts } from './read-pdf-fonts.js';
import type { PoolTask } from './worker-pool.js';

/**
 * Every diagnostic of the course in `root`, the same as core's `validateCourse` finds, with each
 * module's markdown read just before it is checked and the modules of a large course checked in
 * worker threads (`jobs` of them; default one per core), so CI validation of a large catalogue
 * uses every core and never holds the whole course.
 */
export async function runValidate(root: string, options: { jobs?: number | undefined; toolVersion: string }): Promise<Diagnostic[]> {
  const folder = await listContentFolder(root);
  const source = folder.source;
  const { config } = readConfig(source.configText);
  const skeleton = courseSkeleton(source, config);
  const diagnostics = [...buildCourse(source, { only: new Set() }).diagnostics, ...(await readPdfFonts(root, source, config.pdfFonts)).diagnostics];
  const tasks = readAhead(skeleton.modules, READ_AHEAD, async (m): Promise<PoolTask> => ({ moduleId: m.id, files: await folder.read(m.files.map((f) => f.path)) }));
  // A build with no formats: each module is modelled and checked, and only its diagnostics kept.
  const init = { type: 'init' as const, root, listing: source, skeleton, formats: [], options: { toolVersion: options.toolVersion }, keepModel: false };
  const links: ModuleLinks[] = [];
  await buildModules(tasks, { init, exporters: [], jobs: options.jobs }, async (result) => {
    diagnostics.push(...result.diagnostics);
    if (result.links) links.push(result.links);
  });
  // References between modules and images, once every module is in.
  diagnostics.push(...moduleLinkDiagnostics(links, source));
  return sortDiagnostics(diagnostics);
}
