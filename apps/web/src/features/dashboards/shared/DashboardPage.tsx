import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DashboardOptionsDocument,
  DashboardOverviewDocument,
  type DashboardFilter,
} from '../../../gql/dashboards/graphql.ts';
import { describeError, validationMessage } from '../../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import { Card, EmptyState, ErrorState, FormAlert, LoadingState, PageHeader } from '../../../ui/index.ts';
import { DashboardFilters, type OrganizationOption } from './DashboardFilters.tsx';
import { Drilldown } from './Drilldown.tsx';
import { EServicesSection } from './EServicesSection.tsx';
import { useDashboardFilter } from './filter.ts';
import { KpiCards } from './KpiCards.tsx';
import { StatusChart } from './StatusChart.tsx';
import { TrendChart } from './TrendChart.tsx';
import { useLiveRefetch } from './useLiveRefetch.ts';
import './DashboardPage.css';

export interface DrilldownTarget {
  organizationId: string;
  name: string;
}

/**
 * The dashboard every staff role shares: filters, key figures, trend and status charts, the requests behind
 * them and the e-service figures. The administrator adds the organization filter and the rankings.
 */
export function DashboardPage({
  organizations,
  rankings,
  drilldownName,
}: {
  organizations?: ReadonlyArray<OrganizationOption> | undefined;
  /** The administrator's rankings, rendered for the filter in force. */
  rankings?: (
    filter: DashboardFilter,
    period: { from: string; to: string } | undefined,
    drillDown: (organizationId: string) => void,
  ) => ReactNode;
  /** The name of the organization a drill-down is narrowed to (the administrator's rankings). */
  drilldownName?: (organizationId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, filter, update, reset, params, setParams, todayDay } = useDashboardFilter(format.timeZone);
  const options = useQuery(DashboardOptionsDocument).data?.dashboardOptions;
  const overviewQuery = useQuery(DashboardOverviewDocument, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  useLiveRefetch(() => void overviewQuery.refetch());
  const overview = (overviewQuery.data ?? overviewQuery.previousData)?.dashboardOverview;
  const error = overviewQuery.error ? describeError(overviewQuery.error, t) : null;
  const period = overview?.period;

  const drill = params.get('drill') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const setDrill = (changes: { drill?: string; page?: number }) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (changes.drill !== undefined) {
          if (changes.drill) next.set('drill', changes.drill);
          else next.delete('drill');
          next.delete('page');
        }
        if (changes.page !== undefined) {
          if (changes.page > 0) next.set('page', String(changes.page));
          else next.delete('page');
        }
        return next;
      },
      { replace: true },
    );
  const drillName = drill ? drilldownName?.(drill) : undefined;
  const empty =
    overview &&
    overview.figures.filed === 0 &&
    overview.figures.openNow === 0 &&
    overview.figures.resolved === 0;

  return (
    <div className="dashboard" data-testid="dashboard-page">
      <PageHeader
        title={t('dashboards.title')}
        description={t('dashboards.intro')}
        meta={
          period ? (
            <span data-testid="dashboard-period">
              {t('dashboards.filters.periodShown', {
                from: formatLocalDay(period.from, format.locale),
                to: formatLocalDay(period.to, format.locale),
              })}
            </span>
          ) : undefined
        }
      />
      <Card>
        <DashboardFilters
          state={state}
          options={options}
          organizations={organizations}
          todayDay={todayDay}
          onChange={update}
          onReset={reset}
        />
        {error && overview ? (
          <FormAlert>
            {error.issues.length
              ? error.issues.map((issue) => validationMessage(issue.code, t)).join(' ')
              : error.message}
          </FormAlert>
        ) : null}
      </Card>
      {!overview ? (
        <Card>
          {overviewQuery.loading ? (
            <LoadingState rows={6} />
          ) : (
            <ErrorState
              message={
                error?.issues.length
                  ? error.issues.map((issue) => validationMessage(issue.code, t)).join(' ')
                  : error?.message
              }
              onRetry={() => void overviewQuery.refetch()}
            />
          )}
        </Card>
      ) : (
        <>
          <KpiCards figures={overview.figures} />
          {empty ? (
            <Card>
              <EmptyState title={t('dashboards.empty.title')} text={t('dashboards.empty.text')} />
            </Card>
          ) : (
            <div className="dashboard-grid">
              <Card title={t('dashboards.trend.title')}>
                <TrendChart overview={overview} />
              </Card>
              <Card title={t('dashboards.status.title')}>
                <StatusChart overview={overview} />
              </Card>
            </div>
          )}
          {rankings?.(filter, period, (organizationId) => {
            setDrill({ drill: organizationId });
            requestAnimationFrame(() => document.getElementById('dashboard-drilldown')?.focus());
          })}
          <Drilldown
            filter={drill ? { ...filter, organizationId: drill } : filter}
            title={
              drillName
                ? t('dashboards.drilldown.titleFor', { name: drillName })
                : t('dashboards.drilldown.title')
            }
            page={page}
            onPage={(next) => setDrill({ page: next })}
            onClear={drill ? () => setDrill({ drill: '' }) : undefined}
            period={period}
          />
          <EServicesSection filter={filter} />
        </>
      )}
    </div>
  );
}
