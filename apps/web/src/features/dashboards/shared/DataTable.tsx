import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { Button, Table } from '../../../ui/index.ts';
import { buildCsv, csvFileName, downloadCsv, sortRows, type Column, type SortDirection } from './columns.ts';

export interface DataTableProps<Row> {
  columns: ReadonlyArray<Column<Row>>;
  rows: ReadonlyArray<Row>;
  caption: string;
  rowKey: (row: Row) => string;
  testId: string;
  /** The CSV's file name stem (`rankings` → rankings-<from>-<to>.csv) and the button's test id (csv-<name>). */
  csvName: string;
  period: { from: string; to: string } | null | undefined;
  sortable?: boolean;
  /** Rows for the CSV when the table shows only a page of them. */
  loadAllRows?: () => Promise<ReadonlyArray<Row>>;
  /** A last cell per row (actions), not exported. */
  rowAction?: (row: Row) => ReactNode;
  rowActionHeader?: string;
  showCaption?: boolean;
}

/** The CSV button of a table (its rows with its headers). */
export function CsvButton<Row>({
  columns,
  rows,
  name,
  label,
  period,
  loadAllRows,
}: {
  columns: ReadonlyArray<Column<Row>>;
  rows: ReadonlyArray<Row>;
  name: string;
  label: string;
  period: { from: string; to: string } | null | undefined;
  loadAllRows?: () => Promise<ReadonlyArray<Row>>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="sm"
      variant="secondary"
      loading={busy}
      data-testid={`csv-${name}`}
      aria-label={t('dashboards.csv.label', { table: label })}
      onClick={async () => {
        setBusy(true);
        try {
          const all = loadAllRows ? await loadAllRows() : rows;
          downloadCsv(csvFileName(name, period), buildCsv(columns, all));
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('dashboards.csv.download')}
    </Button>
  );
}

/** A table driven by column definitions: optional sorting by any header (aria-sort), and its CSV button. */
export function DataTable<Row>({
  columns,
  rows,
  caption,
  rowKey,
  testId,
  csvName,
  period,
  sortable = false,
  loadAllRows,
  rowAction,
  rowActionHeader,
  showCaption = false,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [sort, setSort] = useState<{ id: string; direction: SortDirection } | null>(null);
  const shown = columns.filter((c) => !c.csvOnly);
  const sorted = sort
    ? sortRows(
        rows,
        columns.find((c) => c.id === sort.id),
        sort.direction,
        locale,
      )
    : rows;

  return (
    <div className="dashboard-table">
      <div className="dashboard-table__tools">
        <CsvButton
          columns={columns}
          rows={sorted}
          name={csvName}
          label={caption}
          period={period}
          {...(loadAllRows ? { loadAllRows } : {})}
        />
      </div>
      <Table
        caption={caption}
        showCaption={showCaption}
        data-testid={testId}
        head={
          <tr>
            {shown.map((column) => {
              const direction = sort?.id === column.id ? sort.direction : undefined;
              return (
                <th
                  key={column.id}
                  scope="col"
                  className={column.numeric ? 'numeric-cell' : undefined}
                  aria-sort={sortable ? (direction ?? 'none') : undefined}
                  data-column={column.id}
                >
                  {sortable ? (
                    <button
                      type="button"
                      className="dashboard-table__sort"
                      data-testid={`sort-${column.id}`}
                      title={t('dashboards.rankings.sortBy', { column: column.header })}
                      onClick={() =>
                        setSort({
                          id: column.id,
                          direction:
                            direction === undefined
                              ? column.numeric
                                ? 'descending'
                                : 'ascending'
                              : direction === 'ascending'
                                ? 'descending'
                                : 'ascending',
                        })
                      }
                    >
                      {column.header}
                      <span aria-hidden="true" className="dashboard-table__arrow">
                        {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                      </span>
                    </button>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
            {rowAction ? (
              <th scope="col">
                <span className="visually-hidden">{rowActionHeader}</span>
              </th>
            ) : null}
          </tr>
        }
      >
        {sorted.map((row) => (
          <tr key={rowKey(row)} data-testid={`${testId}-row`}>
            {shown.map((column) => (
              <td key={column.id} className={column.numeric ? 'numeric-cell' : undefined}>
                {column.render ? column.render(row) : column.csv(row)}
              </td>
            ))}
            {rowAction ? <td>{rowAction(row)}</td> : null}
          </tr>
        ))}
      </Table>
    </div>
  );
}
