import type { Module } from '@coursepack/core';

/**
 * A module reduced to what assembling course-level files reads (id, key, path, title, files,
 * passing score, place), so a build of a large course does not hold every module's content.
 */
export function liteModule(module: Module): Module {
  return {
    ...module,
    focus: null,
    reviewLoop: [],
    reflectionPrompts: [],
    checkpoint: { groups: [], place: module.checkpoint.place },
    rubric: null,
    gate: [],
    links: [],
    outline: { explainer: null, studyMaterial: null },
    recall: { groups: [] },
    plan: { lists: [] },
  };
}
