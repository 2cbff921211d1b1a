import type { Severity } from '../diagnostics/types.js';
import type { DocumentSet } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { Course, Module, Place, Question } from '../model/types.js';

/** Files of an example content folder: path relative to the root → text, raw bytes, or a symlink. */
export type ExampleFiles = Record<string, string | Uint8Array | { symlink: string }>;

/** What a rule's check sees and how it reports. */
export interface RuleContext {
  course: Course;
  documents: DocumentSet;
  /** Problems the model builder noticed, with this rule's code. */
  findings: readonly Finding[];
  /** Id of the module a file belongs to. */
  moduleOf: (path: string) => string | null;
  report: (place: Place, message: string, extra?: { module?: string | null; related?: { message: string; place: Place } }) => void;
}

/** One validation rule: a permanent code, its docs, examples and check. */
export interface Rule {
  /** Permanent kebab-case id; never renamed or reused. */
  code: string;
  severity: Severity;
  /**
   * What the problem keeps from being exported: a module (the default), or nothing, because it is
   * about the course as a whole (its configuration, a folder with no module).
   */
  scope?: 'module' | 'course';
  /** One sentence for the docs index. */
  summary: string;
  /** Why it matters and how to fix it (markdown). */
  description: string;
  /**
   * Content the rule passes, and content it fails; `fail` is null for a safety net that no known
   * content trips (it guards against a coursepack bug).
   */
  examples: { pass: ExampleFiles; fail: ExampleFiles | null };
  check: (ctx: RuleContext) => void;
}

/** A rule whose problems are noticed while the model is built: it reports those findings. */
export function reportFindings(ctx: RuleContext): void {
  for (const f of ctx.findings) ctx.report(f.place, f.message, { module: f.module, ...(f.related ? { related: f.related } : {}) });
}

/** Every question of a module, the checkpoint's and then the daily recall's, as rules check them. */
export function moduleQuestions(module: Module): Question[] {
  return [...module.checkpoint.groups, ...module.recall.groups].flatMap((g) => g.questions);
}
