import type { ContentSource } from '../load/content-source.js';
import { placeOfFile } from '../parse/source-file.js';
import type { CourseConfig } from './config.js';
import { discoverModules } from './discover-modules.js';
import { MODEL_VERSION } from './build-model.js';
import { selectModuleFolders } from './module-names.js';
import { moduleKey } from './slug.js';
import type { Course } from './types.js';
import { withoutContent } from './without-content.js';

/**
 * The course as its folders describe it, without reading any markdown: every module with its id,
 * key, path and files, and empty content. Enough to resolve links and lay out pages across
 * modules while each module is built on its own.
 */
export function courseSkeleton(source: ContentSource, config: CourseConfig): Course {
  const modules = selectModuleFolders(discoverModules(source.files, source.name, config)).folders;
  return {
    schemaVersion: MODEL_VERSION,
    title: config.title ?? source.name,
    language: config.language,
    labels: config.labels,
    modules: modules.map((folder) =>
      withoutContent({
        id: folder.id,
        key: moduleKey(folder.id),
        path: folder.dir,
        number: null,
        title: folder.id,
        files: folder.files.map((f) => ({ role: f.role, name: f.name, path: f.raw.path, title: null })),
        passingScore: config.passingScore,
        place: placeOfFile(folder.files[0]?.raw.path ?? folder.dir),
      }),
    ),
  };
}
