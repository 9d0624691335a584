// Table grids -> tables as the rules read them: the header row and the body rows as cell texts.

import type { Table } from '../model';
import type { TableGrid } from '../markdown/blocks';

export function tablesOf(grids: TableGrid[]): Table[] {
  return grids.map(({ span, section, rows }) => {
    const table: Table = { start: span.start, end: span.end, header: [], rows: [], section };
    rows.forEach((row, r) => {
      const cells = row.cells.map((block) => block?.text.trim() ?? '');
      if (r === 0) table.header = cells;
      else table.rows.push({ cells, span: row.span });
    });
    return table;
  });
}
