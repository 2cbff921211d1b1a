import type { Diagnostic } from '../diagnostics/types.js';
import type { ContentSource } from '../load/content-source.js';
import type { BuildModelOptions } from '../model/build-model.js';
import { buildModel } from '../model/build-model.js';
import type { CourseConfig } from '../model/config.js';
import type { DocumentSet } from '../model/document.js';
import type { Course, Module } from '../model/types.js';
import { runRules } from './run-rules.js';

/** A validated course: the model, the parsed documents and every diagnostic. */
export interface CourseBuild {
  course: Course;
  documents: DocumentSet;
  config: CourseConfig;
  diagnostics: Diagnostic[];
}

/** Build and validate a course from its content source. Never throws on content. */
export function buildCourse(source: ContentSource, options: BuildModelOptions = {}): CourseBuild {
  const model = buildModel(source, options);
  return { course: model.course, documents: model.documents, config: model.config, diagnostics: runRules(model) };
}

/** Modules that have no error diagnostics and so can be exported. */
export function exportableModules(build: Pick<CourseBuild, 'course' | 'diagnostics'>): Module[] {
  const broken = new Set(build.diagnostics.filter((d) => d.severity === 'error' && d.module !== null).map((d) => d.module));
  return build.course.modules.filter((m) => !broken.has(m.id));
}
