import { formatNumber, localeTag, type Locale } from '@citydesk/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransparencyRowFieldsFragment } from '../../gql/transparency/graphql.ts';
import { useFormat } from '../../lib/format.ts';
import { Table } from '../../ui/index.ts';
import { formatDuration, formatRating, formatShare, noData } from '../dashboards/shared/figure-format.ts';

export type TransparencyRow = TransparencyRowFieldsFragment;

export const sortKeys = [
  'name',
  'handled',
  'medianClose',
  'withinSla',
  'confirmed',
  'closedUnconfirmed',
  'rework',
  'rating',
] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';
export interface Sort {
  key: SortKey;
  direction: SortDirection;
}

/** The value a column sorts by: null (no data) always sorts last, whatever the direction. */
function sortValue(row: TransparencyRow, key: Exclude<SortKey, 'name'>): number | null {
  const f = row.figures;
  switch (key) {
    case 'handled':
      return f.resolved;
    case 'medianClose':
      return f.medianSecondsToClose;
    case 'withinSla':
      return f.withinSlaShare;
    case 'confirmed':
      return f.confirmedShare;
    case 'closedUnconfirmed':
      return f.closedUnconfirmedShare;
    case 'rework':
      return f.reworkShare;
    case 'rating':
      return f.averageRating;
  }
}

export function sortRows(rows: readonly TransparencyRow[], sort: Sort, locale: Locale): TransparencyRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(localeTag(locale));
  const byName = (a: TransparencyRow, b: TransparencyRow) => collator.compare(a.name, b.name);
  return [...rows].sort((a, b) => {
    if (sort.key === 'name') return sign * byName(a, b);
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return x === y ? byName(a, b) : sign * (x - y);
  });
}

/** A sortable table of organizations' figures; a column header sorts by it, a second click reverses. */
export function TransparencyTable({
  rows,
  caption,
  testId,
}: {
  rows: readonly TransparencyRow[];
  caption: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [sort, setSort] = useState<Sort>({ key: 'handled', direction: 'descending' });
  const sorted = sortRows(rows, sort, locale);

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : // Names read A→Z first; figures from the largest.
          { key, direction: key === 'name' ? 'ascending' : 'descending' },
    );

  return (
    <Table
      caption={caption}
      className="transparency-table"
      data-testid={testId}
      head={
        <tr>
          {sortKeys.map((key) => {
            const active = sort.key === key;
            return (
              <th
                key={key}
                scope="col"
                aria-sort={active ? sort.direction : 'none'}
                className={key === 'name' ? undefined : 'transparency-table__num'}
              >
                <button
                  type="button"
                  className="transparency-table__sort"
                  onClick={() => onSort(key)}
                  data-testid={`sort-${key}`}
                >
                  {t(`transparency.columns.${key}`)}
                  <span className="transparency-table__arrow" aria-hidden="true">
                    {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              </th>
            );
          })}
        </tr>
      }
    >
      {sorted.map((row) => {
        const f = row.figures;
        return (
          <tr key={row.organizationId} data-testid="transparency-row">
            <th scope="row">
              <bdi>{row.name}</bdi>
            </th>
            <td className="transparency-table__num">{formatNumber(f.resolved, locale)}</td>
            <td className="transparency-table__num">{formatDuration(f.medianSecondsToClose, locale)}</td>
            <td className="transparency-table__num">{formatShare(f.withinSlaShare, locale)}</td>
            <td className="transparency-table__num">{formatShare(f.confirmedShare, locale)}</td>
            <td className="transparency-table__num">{formatShare(f.closedUnconfirmedShare, locale)}</td>
            <td className="transparency-table__num">{formatShare(f.reworkShare, locale)}</td>
            <td className="transparency-table__num">
              {f.averageRating === null || f.rated === 0 ? (
                noData
              ) : (
                <>
                  {formatRating(f.averageRating, locale)}
                  <span className="transparency-table__count">
                    {t('transparency.ratingCount', { n: formatNumber(f.rated, locale) })}
                  </span>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}
