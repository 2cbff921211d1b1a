import type { BuildModelOptions } from '../model/build-model.js';
import type { CourseBuild } from '../validate/build-course.js';
import { buildCourse } from '../validate/build-course.js';
import { readContentFolder } from './read-content-folder.js';

/** Read a content folder and build the validated course from it. */
export async function loadCourse(root: string, options: BuildModelOptions = {}): Promise<CourseBuild> {
  return buildCourse(await readContentFolder(root), options);
}
