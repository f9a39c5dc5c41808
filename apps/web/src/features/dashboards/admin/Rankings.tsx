import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  DashboardRankingsDocument,
  type DashboardFilter,
  type DashboardRankingsQuery,
} from '../../../gql/dashboards-admin/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button, Card, EmptyState, ErrorState, LoadingState } from '../../../ui/index.ts';
import type { Column } from '../shared/columns.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { formatDuration, formatRating, formatShare } from '../shared/figure-format.ts';
import { useLiveRefetch } from '../shared/useLiveRefetch.ts';

export type RankingRow = DashboardRankingsQuery['dashboardRankings'][number];

export function useRankingColumns(): Column<RankingRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = format;
  const count = (id: string, header: string, value: (r: RankingRow) => number): Column<RankingRow> => ({
    id,
    header,
    numeric: true,
    csv: value,
    render: (r) => format.number(value(r)),
  });
  const share = (
    id: string,
    header: string,
    value: (r: RankingRow) => number | null,
  ): Column<RankingRow> => ({
    id,
    header,
    numeric: true,
    csv: (r) => {
      const v = value(r);
      return v === null ? null : Math.round(v * 1000) / 10;
    },
    sort: value,
    render: (r) => formatShare(value(r), locale),
  });
  return [
    { id: 'name', header: t('dashboards.rankings.name'), csv: (r) => r.name },
    {
      id: 'kind',
      header: t('dashboards.rankings.kind'),
      csv: (r) => t(`organizationKind.${r.organizationKind}`),
    },
    {
      id: 'group',
      header: t('dashboards.rankings.group'),
      csv: (r) => t(`dashboards.rankings.groups.${r.group}`),
    },
    count('filed', t('dashboards.kpi.filed'), (r) => r.figures.filed),
    count('resolved', t('dashboards.kpi.resolved'), (r) => r.figures.resolved),
    count('openNow', t('dashboards.kpi.openNow'), (r) => r.figures.openNow),
    count('overdueNow', t('dashboards.kpi.overdueNow'), (r) => r.figures.overdueNow),
    share('withinSla', t('dashboards.kpi.withinSla'), (r) => r.figures.withinSlaShare),
    {
      id: 'medianClose',
      header: t('dashboards.kpi.medianClose'),
      numeric: true,
      csv: (r) => r.figures.medianSecondsToClose,
      render: (r) => formatDuration(r.figures.medianSecondsToClose, locale),
    },
    share('confirmed', t('dashboards.kpi.confirmed'), (r) => r.figures.confirmedShare),
    share(
      'closedUnconfirmed',
      t('dashboards.kpi.closedUnconfirmed'),
      (r) => r.figures.closedUnconfirmedShare,
    ),
    share('rework', t('dashboards.kpi.rework'), (r) => r.figures.reworkShare),
    {
      id: 'rating',
      header: t('dashboards.kpi.rating'),
      numeric: true,
      csv: (r) => r.figures.averageRating,
      render: (r) => formatRating(r.figures.averageRating, locale),
    },
  ];
}

/** Every organization on the same figures, sortable by any column; each row opens its requests. */
export function RankingsTable({
  rows,
  period,
  onDrillDown,
}: {
  rows: ReadonlyArray<RankingRow>;
  period: { from: string; to: string } | null | undefined;
  onDrillDown: (organizationId: string) => void;
}) {
  const { t } = useTranslation();
  const columns = useRankingColumns();
  return (
    <DataTable
      columns={columns}
      rows={rows}
      caption={t('dashboards.rankings.caption')}
      rowKey={(r) => `${r.group}-${r.organizationId}`}
      testId="rankings-table"
      csvName="rankings"
      period={period}
      sortable
      rowActionHeader={t('dashboards.rankings.requests')}
      rowAction={(r) => (
        <Button
          size="sm"
          variant="secondary"
          data-testid="rankings-drilldown"
          aria-label={t('dashboards.rankings.showRequests', { name: r.name })}
          onClick={() => onDrillDown(r.organizationId)}
        >
          {t('dashboards.rankings.requests')}
        </Button>
      )}
    />
  );
}

export function Rankings({
  filter,
  period,
  onDrillDown,
}: {
  filter: DashboardFilter;
  period: { from: string; to: string } | undefined;
  onDrillDown: (organizationId: string) => void;
}) {
  const { t } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(DashboardRankingsDocument, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(() => void refetch());
  const rows = (data ?? previousData)?.dashboardRankings;
  return (
    <Card flush title={t('dashboards.rankings.title')}>
      {!rows && loading ? (
        <LoadingState rows={5} />
      ) : !rows ? (
        <ErrorState
          message={error ? describeError(error, t).message : undefined}
          onRetry={() => void refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState compact title={t('dashboards.rankings.empty')} />
      ) : (
        <RankingsTable rows={rows} period={period} onDrillDown={onDrillDown} />
      )}
    </Card>
  );
}
