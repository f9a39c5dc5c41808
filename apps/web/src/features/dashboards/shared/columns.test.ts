import { describe, expect, it } from 'vitest';
import { buildCsv, csvFileName, sortRows, type Column } from './columns.ts';

interface Row {
  name: string;
  filed: number;
  share: number | null;
}

const columns: Column<Row>[] = [
  { id: 'name', header: 'Организация', csv: (r) => r.name },
  { id: 'filed', header: 'Поступило', csv: (r) => r.filed, numeric: true },
  { id: 'share', header: 'В срок', csv: (r) => r.share, numeric: true },
];
const rows: Row[] = [
  { name: 'УК «Уют», Казань', filed: 12, share: 0.5 },
  { name: 'شرکت "آب"', filed: 3, share: null },
];

describe('buildCsv', () => {
  it('writes a BOM, the translated headers and every row, quoting where needed', () => {
    const csv = buildCsv(columns, rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual(['Организация,Поступило,В срок', '"УК «Уют», Казань",12,0.5', '"شرکت ""آب""",3,']);
  });

  it('names the file after the table and the period', () => {
    expect(csvFileName('rankings', { from: '2026-08-28', to: '2026-11-25' })).toBe(
      'rankings-2026-08-28-2026-11-25.csv',
    );
  });
});

describe('sortRows', () => {
  it('sorts numbers either way and keeps "no data" last', () => {
    expect(sortRows(rows, columns[1], 'ascending', 'ru').map((r) => r.filed)).toEqual([3, 12]);
    expect(sortRows(rows, columns[2], 'ascending', 'ru').map((r) => r.share)).toEqual([0.5, null]);
    expect(sortRows(rows, columns[2], 'descending', 'ru').map((r) => r.share)).toEqual([0.5, null]);
  });
});
