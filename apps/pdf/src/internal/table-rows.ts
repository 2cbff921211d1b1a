import type { DefaultTreeAdapterTypes } from 'parse5';

type Element = DefaultTreeAdapterTypes.Element;

/** The cells of an HTML table, row by row: the header rows (`<thead>`) apart from the others. */
export interface TableRows {
  head: Element[][];
  body: Element[][];
}

/**
 * The rows of a `<table>` in reading order, each as its `<th>` and `<td>` cells. The HTML parser
 * puts rows written straight into a table into a `<tbody>`, so a row is always in a section.
 */
export function tableRows(table: Element): TableRows {
  const rows: TableRows = { head: [], body: [] };
  for (const section of elements(table)) {
    const into = section.tagName === 'thead' ? rows.head : rows.body;
    const sectionRows = section.tagName === 'tr' ? [section] : elements(section).filter((e) => e.tagName === 'tr');
    for (const row of sectionRows) into.push(elements(row).filter((e) => e.tagName === 'td' || e.tagName === 'th'));
  }
  return rows;
}

/** How a column aligns its cells (`align` on its first cell, as GitHub-flavoured markdown writes it); null when unset. */
export function columnAlign(cell: Element | undefined): 'left' | 'center' | 'right' | null {
  const value = cell?.attrs.find((a) => a.name === 'align')?.value;
  return value === 'left' || value === 'center' || value === 'right' ? value : null;
}

function elements(node: Element): Element[] {
  return node.childNodes.filter((c): c is Element => 'tagName' in c);
}
