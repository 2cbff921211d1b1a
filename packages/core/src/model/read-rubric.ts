import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ModuleContext } from './module-context.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import { slug } from './slug.js';
import type { LabelText } from './labels.js';
import { labelOther } from './labels.js';
import type { Criterion, Rubric } from './types.js';

const MAX_HEADERS = new Set(['/', 'max', 'maximum', 'out of', 'points', 'of']);
// Points: at most nine digits before the point, so that no maximum, score or sum of them overflows.
const NUMBER = /^\d{1,9}(?:\.\d+)?$/;
// A maximum as authors write one: `4`, `2.5`, `/4`, `__ / 4`, `out of 4`, `4 pts`, `4 points`.
const MAX_CELL = /^(?:_*\s*\/\s*|(?:out\s+)?of\s+)?(\d{1,9}(?:\.\d+)?)(?:\s*(?:pts?|points?)\.?)?$/i;

/** The points a maximum cell gives, or null when it gives none. */
export function maxOfCell(text: string): number | null {
  const m = MAX_CELL.exec(text);
  return m ? Number(m[1]) : null;
}

function cellText(row: TableRow, index: number): string {
  const cell = row.children[index];
  return cell ? cleanText(toString(cell)).trim() : '';
}

/** A label as one line of text (a plural label by its `other` form), lower-cased to compare. */
function labelKey(text: LabelText): string {
  return labelOther(text).trim().toLowerCase();
}

/**
 * Read the self-evaluation table: a label column, an optional score column (headed `Score`, or
 * as the course's `yourScore` label) and a maximum column (headed `/`, `Max`, `Points`, or as the
 * course's `outOf` labels; else the last column that is not the score's; see {@link maxOfCell}),
 * with a `Total` row (or one labelled as the course's `total`, `Gesamt` in German).
 */
export function readRubric(table: Table, file: string, ctx: ModuleContext): Rubric {
  const [header, ...rows] = table.children;
  const { labels } = ctx.config;
  const headers = header ? header.children.map((c) => cleanText(toString(c)).trim().toLowerCase()) : [];
  const maxHeaders = new Set([...MAX_HEADERS, labelKey(labels.outOf), labelKey(labels.outOfShort)]);
  const scoreHeaders = new Set(['score', labelKey(labels.yourScore)]);
  let scoreColumn = headers.findIndex((h, i) => i > 0 && scoreHeaders.has(h) && !maxHeaders.has(h));
  let maxColumn = headers.findIndex((h, i) => i > 0 && maxHeaders.has(h));
  if (maxColumn < 1) maxColumn = Math.max(1, scoreColumn === headers.length - 1 && headers.length > 2 ? headers.length - 2 : headers.length - 1);
  if (scoreColumn === maxColumn) scoreColumn = -1;
  const totalLabel = labelKey(labels.total);
  const isTotal = (label: string) => /^total$/i.test(label) || label.toLowerCase() === totalLabel;
  // Messages name the row as the course's label writes it (English's `Total` capitalised as such).
  const totalName = totalLabel === 'total' ? 'Total' : labelOther(labels.total).trim();

  const criteria: Criterion[] = [];
  let total: number | null = null;
  let hasTotalRow = false;
  for (const row of rows) {
    const label = cellText(row, 0);
    const maxText = cellText(row, maxColumn);
    const max = maxOfCell(maxText);
    const place = placeOf(row, file);
    if (isTotal(label)) {
      hasTotalRow = true;
      total = max;
      if (max === null) ctx.findings.push({ code: 'rubric-max-not-number', message: `The ${totalName}'s maximum is \`${maxText}\`; write a number of points such as \`4\` or \`2.5\``, place: placeOf(row.children[maxColumn] ?? row, file), module: ctx.moduleId });
      continue;
    }
    if (max === null) ctx.findings.push({ code: 'rubric-max-not-number', message: maxText === '' ? `The maximum of "${label}" is empty; write a number of points such as \`4\` or \`2.5\`` : `The maximum of "${label}" is \`${maxText}\`; write a number of points such as \`4\` or \`2.5\``, place: placeOf(row.children[maxColumn] ?? row, file), module: ctx.moduleId });
    const scoreText = scoreColumn > 0 ? cellText(row, scoreColumn) : '';
    const score = NUMBER.test(scoreText) ? Number(scoreText) : null;
    if (score !== null && max !== null && score > max) {
      ctx.findings.push({ code: 'rubric-score-above-max', message: `"${label}" scores ${score}, above its maximum of ${max}`, place: placeOf(row.children[scoreColumn] ?? row, file), module: ctx.moduleId });
    }
    criteria.push({ id: slug(label), label, max, score, scores: { kind: 'none' }, place });
  }
  const computedTotal = round(criteria.reduce((sum, c) => sum + (c.max ?? 0), 0));
  const rubricPlace = placeOf(table, file);
  if (!hasTotalRow) {
    ctx.findings.push({ code: 'rubric-missing-total', message: `The rubric has no ${totalName} row; add \`| **${totalName}** | __ | **${computedTotal}** |\``, place: rubricPlace, module: ctx.moduleId });
  } else if (total !== null && criteria.every((c) => c.max !== null) && round(total) !== computedTotal) {
    const totalRow = rows.find((r) => isTotal(cellText(r, 0)));
    ctx.findings.push({ code: 'rubric-total-mismatch', message: `Rubric rows add up to ${computedTotal}, but the ${totalName} row says ${total}`, place: placeOf(totalRow ?? table, file), module: ctx.moduleId });
  }
  return { criteria, total, computedTotal, place: rubricPlace };
}

/** Round away floating-point noise (1/3 + 1/3 + 1/3). */
export function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
