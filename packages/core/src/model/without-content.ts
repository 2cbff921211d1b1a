import { emptyReviewAnchors } from './read-review.js';
import type { Module, Place } from './types.js';

/** The content fields of a module, empty. */
type ModuleContent = Omit<Module, 'id' | 'key' | 'path' | 'number' | 'title' | 'files' | 'assets' | 'downloads' | 'passingScore' | 'place'>;

function emptyContent(checkpointPlace: Place | null): ModuleContent {
  return {
    focus: null,
    reviewLoop: [],
    reflectionPrompts: [],
    checkpoint: { groups: [], place: checkpointPlace },
    rubric: null,
    gate: [],
    reviewAnchors: emptyReviewAnchors(),
    links: [],
    outline: { explainer: null, studyMaterial: null },
    recall: { groups: [] },
    plan: { lists: [] },
  };
}

/**
 * A module kept to its identity (id, key, path, number, title, files, assets, downloads, passing score, place) with
 * empty content: what a course skeleton holds, and all that assembling course-level files reads.
 * The kept fields are copies: a title cut from a file's markdown would otherwise keep that whole
 * text (and what else it was cut with) alive for as long as the skeleton lives.
 */
export function withoutContent(module: Pick<Module, 'id' | 'key' | 'path' | 'number' | 'title' | 'files' | 'passingScore' | 'place'> & Partial<Module>): Module {
  const { id, key, path, number, title, files, passingScore, place } = module;
  const assets = module.assets ?? [];
  const downloads = module.downloads ?? [];
  const { checkpointPlace, ...kept } = structuredClone({ id, key, path, number, title, files, assets, downloads, passingScore, place, checkpointPlace: module.checkpoint?.place ?? null });
  // Spread over the module first, so the fields keep the order they had.
  return { ...module, ...kept, ...emptyContent(checkpointPlace) };
}
