import type { Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ModuleContext } from './module-context.js';
import { cleanText } from './clean-text.js';
import { placeOf } from './place-of.js';
import { slug } from './slug.js';
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

/**
 * Read the self-evaluation table: a label column, an optional score column and a maximum column
 * (headed `/`, `Max` or `Points`; else the last; see {@link maxOfCell}), with a `Total` row.
 */
export function readRubric(table: Table, file: string, ctx: ModuleContext): Rubric {
  const [header, ...rows] = table.children;
  const headers = header ? header.children.map((c) => toString(c).trim().toLowerCase()) : [];
  let maxColumn = headers.findIndex((h) => MAX_HEADERS.has(h));
  if (maxColumn < 1) maxColumn = Math.max(1, headers.length - 1);
  let scoreColumn = headers.findIndex((h) => h === 'score');
  if (scoreColumn < 1 || scoreColumn === maxColumn) scoreColumn = -1;

  const criteria: Criterion[] = [];
  let total: number | null = null;
  let hasTotalRow = false;
  for (const row of rows) {
    const label = cellText(row, 0);
    const maxText = cellText(row, maxColumn);
    const max = maxOfCell(maxText);
    const place = placeOf(row, file);
    if (/^total$/i.test(label)) {
      hasTotalRow = true;
      total = max;
      if (max === null) ctx.findings.push({ code: 'rubric-max-not-number', message: `The Total's maximum is \`${maxText}\`; write a number of points such as \`4\` or \`2.5\``, place: placeOf(row.children[maxColumn] ?? row, file), module: ctx.moduleId });
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
    ctx.findings.push({ code: 'rubric-missing-total', message: `The rubric has no Total row; add \`| **Total** | __ | **${computedTotal}** |\``, place: rubricPlace, module: ctx.moduleId });
  } else if (total !== null && criteria.every((c) => c.max !== null) && round(total) !== computedTotal) {
    const totalRow = rows.find((r) => /^total$/i.test(cellText(r, 0)));
    ctx.findings.push({ code: 'rubric-total-mismatch', message: `Rubric rows add up to ${computedTotal}, but the Total row says ${total}`, place: placeOf(totalRow ?? table, file), module: ctx.moduleId });
  }
  return { criteria, total, computedTotal, place: rubricPlace };
}

/** Round away floating-point noise (1/3 + 1/3 + 1/3). */
export function round(n: number): number {
  return Math.round(n * 10000) / 10000;
}
