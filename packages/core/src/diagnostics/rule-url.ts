/** Where rule documentation lives; each rule's page is `<base>/<code>.md`. */
export const RULE_DOCS_BASE = 'https://github.com/coursepack/coursepack/blob/main/docs/rules';

/** The documentation page of a rule code. */
export function ruleUrl(code: string): string {
  return `${RULE_DOCS_BASE}/${code}.md`;
}
