import { isRtl } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardOverviewQuery } from '../../../gql/dashboards/graphql.ts';
import { useFormat } from '../../../lib/format.ts';
import { StatusBadge } from '../../../ui/index.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { Column } from './columns.ts';
import { DataTable } from './DataTable.tsx';

type Overview = DashboardOverviewQuery['dashboardOverview'];
type StatusRow = Overview['byStatus'][number];

export function useStatusColumns(): Column<StatusRow>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      id: 'kind',
      header: t('dashboards.status.kind'),
      csv: (row) => t(`dashboards.kinds.${row.kind}`),
    },
    {
      id: 'status',
      header: t('dashboards.status.status'),
      csv: (row) => t(`requestStatus.${row.status}`),
      render: (row) => <StatusBadge status={row.status} />,
    },
    {
      id: 'count',
      header: t('dashboards.status.count'),
      csv: (row) => row.count,
      render: (row) => format.number(row.count),
      numeric: true,
    },
  ];
}

/** Requests and applications filed in the period, by their status now (one bar per status, by kind). */
export function StatusChart({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rtl = isRtl(format.locale);
  const columns = useStatusColumns();
  const rows = overview.byStatus;
  const statuses = [...new Set(rows.map((r) => r.status))];
  const data = statuses.map((status) => ({
    status,
    label: t(`requestStatus.${status}`),
    REPAIR: rows.find((r) => r.status === status && r.kind === 'REPAIR')?.count ?? 0,
    E_SERVICE: rows.find((r) => r.status === status && r.kind === 'E_SERVICE')?.count ?? 0,
  }));
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  const summary = top
    ? t('dashboards.status.summary', {
        total: format.number(total),
        top: t(`requestStatus.${top.status}`),
        n: format.number(top.count),
      })
    : t('dashboards.empty.title');
  const kindName = (kind: unknown) =>
    kind === 'E_SERVICE' ? t('dashboards.kinds.E_SERVICE') : t('dashboards.kinds.REPAIR');

  return (
    <ChartFigure
      testId="status-chart"
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(200, data.length * 36 + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" horizontal={false} />
            <XAxis
              type="number"
              reversed={rtl}
              allowDecimals={false}
              tickFormatter={(value: number) => format.number(value)}
              tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            />
            <YAxis
              type="category"
              dataKey="label"
              orientation={rtl ? 'right' : 'left'}
              width={150}
              tick={{ fontSize: 12, fill: 'var(--color-text)' }}
            />
            <Tooltip
              formatter={(value, name) => [format.number(Number(value)), kindName(name)]}
              contentStyle={{ direction: rtl ? 'rtl' : 'ltr', textAlign: 'start' }}
            />
            <Legend formatter={(name) => kindName(name)} />
            <Bar
              dataKey="REPAIR"
              stackId="kind"
              fill="var(--color-accent, #2563eb)"
              isAnimationActive={false}
            />
            <Bar dataKey="E_SERVICE" stackId="kind" fill="#a855f7" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          columns={columns}
          rows={rows}
          caption={t('dashboards.status.title')}
          rowKey={(row) => `${row.kind}-${row.status}`}
          testId="status-table"
          csvName="status"
          period={overview.period}
        />
      }
    />
  );
}
