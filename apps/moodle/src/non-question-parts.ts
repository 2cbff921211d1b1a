import type { Module } from '@coursepack/core';

/** Parts of a module a question-bank format leaves out, named in the authors' words; empty when none. */
export function nonQuestionParts(module: Module): string[] {
  const parts: string[] = [];
  if (module.rubric) parts.push('the self-evaluation rubric');
  if (module.gate.length > 0) parts.push('the completion gate');
  if (module.reflectionPrompts.length > 0) parts.push('the reflection prompts');
  if (module.reviewLoop.length > 0) parts.push('the review loop');
  if (module.plan.lists.length > 0) parts.push('the weekly plan');
  if (module.passingScore !== null) parts.push('the passing score');
  return parts;
}
