// One column definition per table drives both the table on screen and its CSV export: the header (in the
// current language), the cell as shown, the value written to the file and the value it sorts by.
import Papa from 'papaparse';
import type { ReactNode } from 'react';
import { saveFile } from '../../../lib/save-file.ts';

export interface Column<Row> {
  id: string;
  /** The translated column header (also the CSV header). */
  header: string;
  /** What the CSV cell holds: plain text or a number (no markup). */
  csv: (row: Row) => string | number | null;
  /** What the table cell shows; the CSV value when omitted. */
  render?: (row: Row) => ReactNode;
  /** What the column sorts by (sortable tables); the CSV value when omitted. */
  sort?: (row: Row) => string | number | null;
  numeric?: boolean;
  /** In the CSV only (keeps wide tables readable on screen). */
  csvOnly?: boolean;
}

const bom = '\uFEFF';

/** The rows as CSV with the columns' headers; starts with a byte-order mark so Excel reads Cyrillic and Persian. */
export function buildCsv<Row>(columns: ReadonlyArray<Column<Row>>, rows: ReadonlyArray<Row>): string {
  const fields = columns.map((column) => column.header);
  const data = rows.map((row) => columns.map((column) => column.csv(row) ?? ''));
  return bom + Papa.unparse({ fields, data }, { newline: '\r\n' });
}

/** `rankings-2026-08-28-2026-11-25.csv` */
export function csvFileName(table: string, period: { from: string; to: string } | null | undefined): string {
  return period ? `${table}-${period.from}-${period.to}.csv` : `${table}.csv`;
}

/** Hands the CSV to the browser as a download. */
export function downloadCsv(fileName: string, content: string): void {
  saveFile(fileName, new Blob([content], { type: 'text/csv;charset=utf-8' }));
}

export type SortDirection = 'ascending' | 'descending';

/** Rows sorted by a column's sort value; nulls ("no data") last in either direction. */
export function sortRows<Row>(
  rows: ReadonlyArray<Row>,
  column: Column<Row> | undefined,
  direction: SortDirection,
  locale: string,
): Row[] {
  if (!column) return [...rows];
  const value = column.sort ?? column.csv;
  const factor = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || x === '') return y === null || y === '' ? 0 : 1;
    if (y === null || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * factor;
    return collator.compare(String(x), String(y)) * factor;
  });
}
