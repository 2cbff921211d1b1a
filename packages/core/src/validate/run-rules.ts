import { ruleUrl } from '../diagnostics/rule-url.js';
import { sortDiagnostics } from '../diagnostics/sort-diagnostics.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { BuiltModel } from '../model/build-model.js';
import type { Finding } from '../model/finding.js';
import { allRules } from './all-rules.js';
import type { Rule } from './rule.js';

/**
 * Run every rule over a built model. Code, severity and url are stamped here, so a rule only
 * writes its message. A finding whose code has no rule is a bug and throws.
 */
export function runRules(model: BuiltModel, rules: readonly Rule[] = allRules): Diagnostic[] {
  const byCode = new Map<string, Finding[]>();
  for (const f of model.findings) {
    if (!allRules.some((r) => r.code === f.code)) throw new Error(`coursepack bug: finding with unknown code ${f.code}`);
    const list = byCode.get(f.code) ?? [];
    list.push(f);
    byCode.set(f.code, list);
  }
  const fileModule = new Map<string, string>();
  for (const m of model.course.modules) for (const f of m.files) fileModule.set(f.path, m.id);

  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    rule.check({
      course: model.course,
      documents: model.documents,
      findings: byCode.get(rule.code) ?? [],
      moduleOf: (path) => fileModule.get(path) ?? null,
      report(place, message, extra = {}) {
        diagnostics.push({
          code: rule.code,
          severity: rule.severity,
          message,
          place,
          url: ruleUrl(rule.code),
          // A finding says which module it is about, if any (null: the course); a rule's own check
          // leaves it to the file.
          module: extra.module !== undefined ? extra.module : (fileModule.get(place.file) ?? null),
          related: extra.related ?? null,
        });
      },
    });
  }
  return sortDiagnostics(diagnostics);
}
