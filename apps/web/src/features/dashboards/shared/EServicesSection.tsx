import { useQuery } from '@apollo/client/react';
import { formatMoney, isRtl } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  DashboardEServicesDocument,
  type DashboardEServicesQuery,
  type DashboardFilter,
} from '../../../gql/dashboards/graphql.ts';
import { describeError } from '../../../lib/errors.ts';
import { useFormat } from '../../../lib/format.ts';
import { Card, EmptyState, ErrorState, LoadingState } from '../../../ui/index.ts';
import { ChartFigure } from './ChartFigure.tsx';
import type { Column } from './columns.ts';
import { DataTable } from './DataTable.tsx';
import { useLiveRefetch } from './useLiveRefetch.ts';

type Figures = DashboardEServicesQuery['eServiceFigures'];
type Issued = Figures['issued'][number];
type Refusal = Figures['refusals'][number];
type Payment = Figures['payments'][number];

/** Minor units as a plain decimal for the CSV (1234550 RUB → 12345.50). */
function majorUnits(amount: number, currency: string): string {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (amount / 10 ** digits).toFixed(digits);
}

export function useEServiceColumns() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = { header: t('dashboards.eServices.count'), numeric: true };
  const issued: Column<Issued>[] = [
    { id: 'service', header: t('dashboards.eServices.service'), csv: (r) => r.service.name },
    {
      id: 'district',
      header: t('dashboards.eServices.district'),
      csv: (r) => r.district?.name ?? t('dashboards.eServices.noDistrict'),
    },
    { id: 'count', ...count, csv: (r) => r.count, render: (r) => format.number(r.count) },
  ];
  const refusals: Column<Refusal>[] = [
    { id: 'service', header: t('dashboards.eServices.service'), csv: (r) => r.service.name },
    {
      id: 'ground',
      header: t('dashboards.eServices.ground'),
      csv: (r) => r.groundLabel ?? r.ground ?? t('dashboards.eServices.noGround'),
    },
    { id: 'count', ...count, csv: (r) => r.count, render: (r) => format.number(r.count) },
  ];
  const payments: Column<Payment>[] = [
    { id: 'service', header: t('dashboards.eServices.service'), csv: (r) => r.service.name },
    {
      id: 'count',
      header: t('dashboards.eServices.payments'),
      numeric: true,
      csv: (r) => r.count,
      render: (r) => format.number(r.count),
    },
    { id: 'currency', header: t('dashboards.eServices.currency'), csv: (r) => r.currency },
    {
      id: 'amount',
      header: t('dashboards.eServices.amount'),
      numeric: true,
      csv: (r) => majorUnits(r.amount, r.currency),
      render: (r) => formatMoney(r.amount, r.currency, format.locale),
    },
  ];
  return { issued, refusals, payments };
}

/** Certificates issued per service and district, refusals by ground and payments in the period. */
export function EServicesSection({ filter }: { filter: DashboardFilter }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rtl = isRtl(format.locale);
  const columns = useEServiceColumns();
  const { data, previousData, loading, error, refetch } = useQuery(DashboardEServicesDocument, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(() => void refetch());
  const figures = (data ?? previousData)?.eServiceFigures;

  if (!figures) {
    return (
      <Card title={t('dashboards.eServices.title')}>
        {loading ? (
          <LoadingState rows={4} />
        ) : (
          <ErrorState
            message={error ? describeError(error, t).message : undefined}
            onRetry={() => void refetch()}
          />
        )}
      </Card>
    );
  }

  const byService = new Map<string, { name: string; count: number }>();
  for (const row of figures.issued) {
    const entry = byService.get(row.service.id) ?? { name: row.service.name, count: 0 };
    entry.count += row.count;
    byService.set(row.service.id, entry);
  }
  const serviceTotals = [...byService.values()].sort((a, b) => b.count - a.count);
  const issuedTotal = serviceTotals.reduce((sum, s) => sum + s.count, 0);
  const top = serviceTotals[0];

  return (
    <section className="dashboard-section" aria-labelledby="dashboard-e-services">
      <h2 className="dashboard-section__title" id="dashboard-e-services">
        {t('dashboards.eServices.title')}
      </h2>
      <div className="dashboard-grid">
        <Card title={t('dashboards.eServices.issuedTitle')} headingLevel={3}>
          {figures.issued.length === 0 ? (
            <EmptyState compact title={t('dashboards.eServices.emptyIssued')} />
          ) : (
            <ChartFigure
              testId="issued-chart"
              summary={t('dashboards.eServices.issuedSummary', {
                n: format.number(issuedTotal),
                top: top?.name ?? '',
                topCount: format.number(top?.count ?? 0),
              })}
              chart={
                <ResponsiveContainer width="100%" height={Math.max(160, serviceTotals.length * 36 + 40)}>
                  <BarChart
                    data={serviceTotals}
                    layout="vertical"
                    margin={{ top: 8, right: 16, bottom: 8, left: 16 }}
                  >
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
                      dataKey="name"
                      orientation={rtl ? 'right' : 'left'}
                      width={170}
                      tick={{ fontSize: 12, fill: 'var(--color-text)' }}
                    />
                    <Tooltip
                      formatter={(value) => [format.number(Number(value)), t('dashboards.eServices.count')]}
                      contentStyle={{ direction: rtl ? 'rtl' : 'ltr', textAlign: 'start' }}
                    />
                    <Bar dataKey="count" fill="var(--color-accent, #2563eb)" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              }
            />
          )}
          {figures.issued.length > 0 ? (
            <DataTable
              columns={columns.issued}
              rows={figures.issued}
              caption={t('dashboards.eServices.issuedCaption')}
              rowKey={(r) => `${r.service.id}-${r.district?.id ?? ''}`}
              testId="issued-table"
              csvName="e-services-issued"
              period={figures.period}
            />
          ) : null}
        </Card>
        <div className="dashboard-stack">
          <Card title={t('dashboards.eServices.refusalsTitle')} headingLevel={3}>
            {figures.refusals.length === 0 ? (
              <EmptyState compact title={t('dashboards.eServices.emptyRefusals')} />
            ) : (
              <DataTable
                columns={columns.refusals}
                rows={figures.refusals}
                caption={t('dashboards.eServices.refusalsTitle')}
                rowKey={(r) => `${r.service.id}-${r.ground ?? ''}`}
                testId="refusals-table"
                csvName="e-services-refusals"
                period={figures.period}
              />
            )}
          </Card>
          <Card title={t('dashboards.eServices.paymentsTitle')} headingLevel={3}>
            {figures.payments.length === 0 ? (
              <EmptyState compact title={t('dashboards.eServices.emptyPayments')} />
            ) : (
              <DataTable
                columns={columns.payments}
                rows={figures.payments}
                caption={t('dashboards.eServices.paymentsTitle')}
                rowKey={(r) => `${r.service.id}-${r.currency}`}
                testId="payments-table"
                csvName="e-services-payments"
                period={figures.period}
              />
            )}
          </Card>
        </div>
      </div>
    </section>
  );
}
