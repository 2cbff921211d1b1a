import type { Diagnostic } from '@coursepack/core';

const COLOURS = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[0m' };
// Messages quote the author's text and file names: a control character among them (an escape
// sequence, a carriage return) would act on the terminal, so it is printed as its code instead.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const visible = (text: string) => text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Human-readable output grouped by file, in the style of unified-engine. */
export function formatStylish(diagnostics: readonly Diagnostic[], isColour = false): string {
  const paint = (colour: keyof typeof COLOURS, text: string) => (isColour ? `${COLOURS[colour]}${text}${COLOURS.reset}` : text);
  if (diagnostics.length === 0) return '';
  const lines: string[] = [];
  let file: string | null = null;
  const range = (d: Diagnostic) => `${d.place.line}:${d.place.column}-${d.place.endLine}:${d.place.endColumn}`;
  const width = Math.max(...diagnostics.map((d) => range(d).length));
  for (const d of diagnostics) {
    if (d.place.file !== file) {
      if (file !== null) lines.push('');
      file = d.place.file;
      const shown = visible(file);
      lines.push(isColour ? `\u001b[4m${shown}${COLOURS.reset}` : shown);
    }
    lines.push(`  ${range(d).padEnd(width)}  ${paint(d.severity, d.severity.padEnd(7))}  ${visible(d.message)}  ${paint('dim', d.code)}`);
    if (d.related) lines.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${paint('dim', visible(`${d.related.message}: ${d.related.place.file}:${d.related.place.line}:${d.related.place.column}`))}`);
  }
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (infos > 0) parts.push(`${infos} info`);
  lines.push('', `${errors > 0 ? paint('error', '✖') : paint('warning', '⚠')} ${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} (${parts.join(', ')})`);
  return `${lines.join('\n')}\n`;
}
