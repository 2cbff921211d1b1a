import { buildCourse, listContentFolder } from '@coursepack/core';

/**
 * One more than the highest module number of the course at `root` (`Module 17 Review` → 18), or
 * null when no module is numbered. Only the review pages are read and parsed, as the numbers come
 * from their titles: a large course is not read whole to start one module.
 */
export async function nextModuleNumber(root: string, reviewStems: readonly string[]): Promise<number | null> {
  const folder = await listContentFolder(root);
  const stems = new Set(reviewStems.map((s) => s.toLowerCase()));
  const isReview = (file: string) => stems.has(/^\d+_(.+)\.md$/i.exec(file.slice(file.lastIndexOf('/') + 1))?.[1]?.toLowerCase() ?? '');
  const files = await folder.read(folder.source.files.filter((f) => isReview(f.path)).map((f) => f.path));
  const numbers = buildCourse({ ...folder.source, files, otherFiles: [] }).course.modules.flatMap((m) => (m.number === null ? [] : [m.number]));
  return numbers.length === 0 ? null : Math.max(...numbers) + 1;
}
