import { isRtl } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardOverviewQuery } from '../../../gql/dashboards/graphql.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { Column } from './columns.ts';
import { DataTable } from './DataTable.tsx';
import { formatBucket } from './labels.ts';

type Overview = DashboardOverviewQuery['dashboardOverview'];
type Point = Overview['trend'][number];

export function useTrendColumns(bucket: Overview['trendBucket']): Column<Point>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      id: 'day',
      header: bucket === 'MONTH' ? t('dashboards.trend.month') : t('dashboards.trend.day'),
      csv: (p) => p.day,
      render: (p) =>
        bucket === 'MONTH'
          ? formatBucket(p.day, 'MONTH', format.locale)
          : formatLocalDay(p.day, format.locale),
    },
    {
      id: 'opened',
      header: t('dashboards.trend.opened'),
      csv: (p) => p.opened,
      render: (p) => format.number(p.opened),
      numeric: true,
    },
    {
      id: 'closed',
      header: t('dashboards.trend.closed'),
      csv: (p) => p.closed,
      render: (p) => format.number(p.closed),
      numeric: true,
    },
  ];
}

/** Opened vs closed per day (or month); time runs right to left in right-to-left languages. */
export function TrendChart({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rtl = isRtl(format.locale);
  const columns = useTrendColumns(overview.trendBucket);
  const points = overview.trend;
  const opened = points.reduce((sum, p) => sum + p.opened, 0);
  const closed = points.reduce((sum, p) => sum + p.closed, 0);
  const peak = points.reduce((max, p) => Math.max(max, p.opened), 0);
  const summary = t(
    overview.trendBucket === 'MONTH' ? 'dashboards.trend.summaryMonth' : 'dashboards.trend.summary',
    {
      opened: format.number(opened),
      closed: format.number(closed),
      from: formatLocalDay(overview.period.from, format.locale),
      to: formatLocalDay(overview.period.to, format.locale),
      peak: format.number(peak),
    },
  );
  const label = (day: string) => formatBucket(day, overview.trendBucket, format.locale);

  return (
    <ChartFigure
      testId="trend-chart"
      summary={summary}
      chart={
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--color-border)" />
            <XAxis
              dataKey="day"
              reversed={rtl}
              tickFormatter={label}
              minTickGap={24}
              tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            />
            <YAxis
              orientation={rtl ? 'right' : 'left'}
              allowDecimals={false}
              tickFormatter={(value: number) => format.number(value)}
              tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
              width={48}
            />
            <Tooltip
              labelFormatter={(day) => label(String(day))}
              formatter={(value, name) => [
                format.number(Number(value)),
                name === 'opened' ? t('dashboards.trend.opened') : t('dashboards.trend.closed'),
              ]}
              contentStyle={{ direction: rtl ? 'rtl' : 'ltr', textAlign: 'start' }}
            />
            <Legend
              formatter={(name) =>
                name === 'opened' ? t('dashboards.trend.opened') : t('dashboards.trend.closed')
              }
            />
            <Line
              type="monotone"
              dataKey="opened"
              stroke="var(--color-accent, #2563eb)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="closed"
              stroke="var(--color-success, #16a34a)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={
        <DataTable
          columns={columns}
          rows={points}
          caption={t('dashboards.trend.title')}
          rowKey={(p) => p.day}
          testId="trend-table"
          csvName="trend"
          period={overview.period}
        />
      }
    />
  );
}
