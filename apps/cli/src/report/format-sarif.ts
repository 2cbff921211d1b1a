import type { Diagnostic, Rule } from '@coursepack/core';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * A relative path as the URI reference SARIF's `artifactLocation.uri` must be: each segment
 * percent-encoded (RFC 3986), so a space or a `%` in a folder name reaches a viewer as written,
 * while the `/` between segments stays a separator. A segment with a `:` is encoded too, so a
 * first one is never read as a scheme.
 */
function uriOfPath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 for code scanning: one run, every rule described, one result per diagnostic. */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly Pick<Rule, 'code' | 'summary' | 'severity'>[], version: string, url: (code: string) => string): string {
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'coursepack',
            version,
            rules: rules.map((r) => ({
              id: r.code,
              shortDescription: { text: r.summary },
              helpUri: url(r.code),
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ...(index.has(d.code) ? { ruleIndex: index.get(d.code) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOfPath(d.place.file) },
                region: { startLine: d.place.line, startColumn: d.place.column, endLine: d.place.endLine, endColumn: d.place.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
