import { useApolloClient, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  DashboardRequestsDocument,
  type DashboardFilter,
  type DashboardRequestsQuery,
} from '../../../gql/dashboards/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Button, Card, EmptyState, ErrorState, LoadingState, StatusBadge } from '../../../ui/index.ts';
import type { Column } from './columns.ts';
import { DataTable } from './DataTable.tsx';
import { formatDuration, formatRating, noData } from './figure-format.ts';
import { useLiveRefetch } from './useLiveRefetch.ts';

type RequestRow = DashboardRequestsQuery['dashboardRequests']['items'][number];
export const drilldownPageSize = 25;
const exportLimit = 5000;

export function useDrilldownColumns(): Column<RequestRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (value: boolean | null) =>
    value === null ? '' : value ? t('dashboards.drilldown.yes') : t('dashboards.drilldown.no');
  const shown = (value: string) => value || noData;
  return [
    {
      id: 'number',
      header: t('dashboards.drilldown.number'),
      csv: (r) => r.number,
      render: (r) => (
        <Link to={`/requests/${r.id}`} dir="ltr" data-testid="drilldown-link">
          {r.number}
        </Link>
      ),
    },
    {
      id: 'kind',
      csvOnly: true,
      header: t('dashboards.drilldown.kind'),
      csv: (r) => t(`dashboards.kinds.${r.kind}`),
    },
    {
      id: 'status',
      header: t('dashboards.drilldown.status'),
      csv: (r) => t(`requestStatus.${r.status}`),
      render: (r) => <StatusBadge status={r.status} />,
    },
    { id: 'category', header: t('dashboards.drilldown.category'), csv: (r) => r.category?.name ?? '' },
    { id: 'district', header: t('dashboards.drilldown.district'), csv: (r) => r.district?.name ?? '' },
    {
      id: 'organization',
      header: t('dashboards.drilldown.organization'),
      csv: (r) => r.organization?.name ?? '',
    },
    {
      id: 'contractor',
      csvOnly: true,
      header: t('dashboards.drilldown.contractor'),
      csv: (r) => r.contractor?.name ?? '',
    },
    {
      id: 'createdAt',
      header: t('dashboards.drilldown.createdAt'),
      csv: (r) => r.createdAt,
      render: (r) => format.compactDateTime(r.createdAt),
    },
    {
      id: 'deadlineAt',
      csvOnly: true,
      header: t('dashboards.drilldown.deadlineAt'),
      csv: (r) => r.deadlineAt,
      render: (r) => format.compactDateTime(r.deadlineAt),
    },
    {
      id: 'closedAt',
      header: t('dashboards.drilldown.closedAt'),
      csv: (r) => r.closedAt ?? '',
      render: (r) => (r.closedAt ? format.compactDateTime(r.closedAt) : noData),
    },
    {
      id: 'timeToClose',
      header: t('dashboards.drilldown.timeToClose'),
      csv: (r) => r.secondsToClose,
      render: (r) => formatDuration(r.secondsToClose, format.locale),
      numeric: true,
    },
    {
      id: 'withinSla',
      csvOnly: true,
      header: t('dashboards.drilldown.withinSla'),
      csv: (r) => yesNo(r.withinSla),
      render: (r) => shown(yesNo(r.withinSla)),
    },
    {
      id: 'confirmed',
      csvOnly: true,
      header: t('dashboards.drilldown.confirmed'),
      csv: (r) => yesNo(r.confirmed),
      render: (r) => shown(yesNo(r.confirmed)),
    },
    {
      id: 'rework',
      csvOnly: true,
      header: t('dashboards.drilldown.rework'),
      csv: (r) => r.reworkCount,
      render: (r) => format.number(r.reworkCount),
      numeric: true,
    },
    {
      id: 'rating',
      header: t('dashboards.drilldown.rating'),
      csv: (r) => r.rating,
      render: (r) => (r.rating === null ? noData : formatRating(r.rating, format.locale)),
      numeric: true,
    },
  ];
}

/** The requests a filter counts, a page at a time, each number linking to the request. */
export function Drilldown({
  filter,
  title,
  page,
  onPage,
  onClear,
  period,
}: {
  filter: DashboardFilter;
  title: string;
  page: number;
  onPage: (page: number) => void;
  onClear?: (() => void) | undefined;
  period: { from: string; to: string } | null | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useApolloClient();
  const columns = useDrilldownColumns();
  const { data, previousData, loading, error, refetch } = useQuery(DashboardRequestsDocument, {
    variables: { filter, offset: page * drilldownPageSize, limit: drilldownPageSize },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(() => void refetch());
  const result = (data ?? previousData)?.dashboardRequests;
  const pages = result ? Math.max(1, Math.ceil(result.total / drilldownPageSize)) : 1;

  return (
    <Card
      flush
      title={title}
      id="dashboard-drilldown"
      tabIndex={-1}
      actions={
        onClear ? (
          <Button size="sm" variant="ghost" onClick={onClear} data-testid="drilldown-clear">
            {t('dashboards.drilldown.clear')}
          </Button>
        ) : undefined
      }
    >
      {!result && loading ? (
        <LoadingState rows={5} />
      ) : !result && error ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : !result || result.total === 0 ? (
        <EmptyState compact title={t('dashboards.empty.title')} />
      ) : (
        <>
          <p className="dashboard-drilldown__total" data-testid="drilldown-total" aria-live="polite">
            {t('dashboards.drilldown.total', { n: format.number(result.total) })}
          </p>
          <DataTable
            columns={columns}
            rows={result.items}
            caption={t('dashboards.drilldown.caption')}
            rowKey={(r) => r.id}
            testId="drilldown-table"
            csvName="drilldown"
            period={period}
            loadAllRows={async () => {
              const all = await client.query({
                query: DashboardRequestsDocument,
                variables: { filter, offset: 0, limit: exportLimit },
                fetchPolicy: 'network-only',
              });
              return all.data?.dashboardRequests.items ?? [];
            }}
          />
          <nav className="dashboard-pager" aria-label={t('dashboards.drilldown.caption')}>
            <Button
              size="sm"
              variant="secondary"
              disabled={page === 0}
              onClick={() => onPage(page - 1)}
              data-testid="drilldown-previous"
            >
              {t('dashboards.drilldown.previous')}
            </Button>
            <span>
              {t('dashboards.drilldown.page', { page: format.number(page + 1), pages: format.number(pages) })}
            </span>
            <Button
              size="sm"
              variant="secondary"
              disabled={page + 1 >= pages}
              onClick={() => onPage(page + 1)}
              data-testid="drilldown-next"
            >
              {t('dashboards.drilldown.next')}
            </Button>
          </nav>
        </>
      )}
    </Card>
  );
}
