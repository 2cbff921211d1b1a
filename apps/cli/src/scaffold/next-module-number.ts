import { buildCourse, listContentFolder, readConfig, roleOf } from '@coursepack/core';

/**
 * One more than the highest module number of the course at `root` (`Module 17 Review` → 18), or
 * null when no module is numbered. Only the review pages (as the course's configuration names
 * them) are read and parsed, as the numbers come from their titles: a large course is not read
 * whole to start one module.
 */
export async function nextModuleNumber(root: string): Promise<number | null> {
  const folder = await listContentFolder(root);
  const { config } = readConfig(folder.source.configText);
  const reviews = folder.source.files.filter((f) => roleOf(f.path.slice(f.path.lastIndexOf('/') + 1), config) === 'review');
  const files = await folder.read(reviews.map((f) => f.path));
  const numbers = buildCourse({ ...folder.source, files, otherFiles: [] }).course.modules.flatMap((m) => (m.number === null ? [] : [m.number]));
  return numbers.length === 0 ? null : Math.max(...numbers) + 1;
}
