import type { Module, Reference } from '@coursepack/core';

const MAX_TITLES = 3;

/** One reference as printed under a question: `02_explainer.md §1.3-§1.4 (Title; Title)`. */
export function referenceText(reference: Reference, module: Module): string {
  const ranges = reference.sections.map((s) => s.raw).join(', ');
  const head = ranges === '' ? reference.file : `${reference.file} ${ranges}`;
  const outline = [module.outline.explainer, module.outline.studyMaterial].find((o) => o !== null && baseName(o.file) === reference.file);
  if (!outline) return head;
  const wanted = reference.sections.flatMap((s) => s.resolved);
  if (wanted.length === 0 || wanted.length > MAX_TITLES) return head;
  const titles = wanted.map((n) => outline.sections.find((s) => s.number === n)?.title).filter((t): t is string => Boolean(t));
  return titles.length === 0 ? head : `${head} (${titles.join('; ')})`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
