import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CityOverviewDocument,
  OrganizationsDocument,
  UnroutedRequestsDocument,
} from '../../gql/administrator/graphql.ts';
import { onLiveEvent } from '../account/liveSignal.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Card,
  EmptyState,
  ErrorState,
  IconAlert,
  IconBuilding,
  IconClock,
  IconInbox,
  LoadingState,
  PageHeader,
  StatusBadge,
  Table,
} from '../../ui/index.ts';
import { BadgeRow, Deadline, LocationText, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';
import type { RequestStatus } from '../requests/types.ts';
import { CalendarWarnings } from './calendars/CalendarWarnings.tsx';
import { RouteForm } from './RouteForm.tsx';
import './CityOverviewPage.css';

const lifecycle: RequestStatus[] = [
  'NEW',
  'ROUTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'WORK_DONE',
  'VERIFIED',
  'RETURNED',
  'REOPENED',
  'CLOSED',
  'CLOSED_UNCONFIRMED',
  'CANCELLED',
];

export function CityOverviewPage() {
  const { t } = useTranslation();
  const client = useApolloClient();

  // Every step anywhere in the city moves the counters (the console's subscription announces it): refetch.
  useEffect(
    () =>
      onLiveEvent(() => {
        void client.refetchQueries({
          include: [CityOverviewDocument, OrganizationsDocument, UnroutedRequestsDocument],
        });
      }),
    [client],
  );

  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.intro')} />
      <div className="overview">
        <CalendarWarnings />
        <Counters />
        <div className="overview__grid">
          <StatusBreakdown />
          <UnroutedQueue />
        </div>
        <OrganizationsTable />
      </div>
    </>
  );
}

function Counter({
  id,
  label,
  value,
  icon,
  tone,
}: {
  id: string;
  label: string;
  value: number;
  icon: ReactNode;
  tone: string;
}) {
  const format = useFormat();
  return (
    <div className={`counter counter--${tone}`} data-testid={`counter-${id}`} data-value={value}>
      <span className="counter__icon">{icon}</span>
      <span className="counter__text">
        <span className="counter__label">{label}</span>
        <span className="counter__value numeric">{format.number(value)}</span>
      </span>
    </div>
  );
}

function Counters() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CityOverviewDocument, { fetchPolicy: 'cache-and-network' });
  if (!data && error) {
    return (
      <Card>
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      </Card>
    );
  }
  const overview = data?.cityOverview;
  return (
    <section className="counters" aria-label={t('admin.title')} aria-busy={!overview}>
      <Counter
        id="open"
        tone="accent"
        label={t('admin.counters.open')}
        value={overview?.openRequests ?? 0}
        icon={<IconInbox size={22} />}
      />
      <Counter
        id="overdue"
        tone="danger"
        label={t('admin.counters.overdue')}
        value={overview?.overdueRequests ?? 0}
        icon={<IconClock size={22} />}
      />
      <Counter
        id="unrouted"
        tone="warning"
        label={t('admin.counters.unrouted')}
        value={overview?.unroutedRequests ?? 0}
        icon={<IconAlert size={22} />}
      />
    </section>
  );
}

function StatusBreakdown() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading } = useQuery(CityOverviewDocument, { fetchPolicy: 'cache-first' });
  const counts = new Map((data?.cityOverview.requestsByStatus ?? []).map((s) => [s.status, s.count]));
  const rows = lifecycle.filter((status) => (counts.get(status) ?? 0) > 0);
  const max = Math.max(1, ...rows.map((status) => counts.get(status) ?? 0));
  return (
    <Card title={t('admin.byStatus.title')}>
      {!data && loading ? (
        <LoadingState rows={4} />
      ) : rows.length === 0 ? (
        <EmptyState compact title={t('admin.byStatus.empty')} />
      ) : (
        <ul className="bars" data-testid="requests-by-status">
          {rows.map((status) => {
            const count = counts.get(status) ?? 0;
            return (
              <li key={status} className="bars__row" data-status={status}>
                <span className="bars__label">
                  <StatusBadge status={status} />
                </span>
                <span className="bars__track" aria-hidden="true">
                  <span
                    className={`bars__fill bars__fill--${status.toLowerCase()}`}
                    style={{ inlineSize: `${(count / max) * 100}%` }}
                  />
                </span>
                <span className="bars__value numeric">{format.number(count)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function UnroutedQueue() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(UnroutedRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const requests = [...(data?.unroutedRequests ?? [])].sort((a, b) =>
    a.deadlineAt.localeCompare(b.deadlineAt),
  );
  const organizations = useQuery(OrganizationsDocument, { fetchPolicy: 'cache-first' });
  const companies = (organizations.data?.organizations ?? [])
    .filter((o) => o.kind === 'MANAGEMENT_COMPANY')
    .sort((a, b) => a.name.localeCompare(b.name));
  const routable = requests.some((r) => r.viewerCan.route);
  return (
    <Card title={t('admin.unrouted.title')} flush>
      {!data && loading ? (
        <LoadingState rows={3} />
      ) : !data && error ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : requests.length === 0 ? (
        <EmptyState compact title={t('admin.unrouted.emptyTitle')} text={t('admin.unrouted.emptyText')} />
      ) : (
        <Table
          caption={t('admin.unrouted.caption')}
          data-testid="unrouted-requests"
          head={
            <tr>
              <th scope="col">{t('request.number')}</th>
              <th scope="col">{t('request.address')}</th>
              <th scope="col">{t('request.status')}</th>
              <th scope="col">{t('request.deadline')}</th>
              {routable ? <th scope="col">{t('admin.unrouted.actions')}</th> : null}
            </tr>
          }
        >
          {requests.map((request) => (
            <tr key={request.id} data-testid="unrouted-row" data-request-id={request.id}>
              <td className="cell-number">
                <span className="cell-stack">
                  <span>{request.number}</span>
                  <span className="cell-sub">{request.category.name}</span>
                </span>
              </td>
              <td className="cell-location">
                <LocationText request={request} />
              </td>
              <td>
                <BadgeRow>
                  <StatusBadge status={request.status} />
                  <PriorityBadges request={request} />
                  {request.overdue ? <OverdueBadge /> : null}
                </BadgeRow>
              </td>
              <td>
                <Deadline request={request} compact />
              </td>
              {routable ? (
                <td>
                  {request.viewerCan.route ? <RouteForm request={request} companies={companies} /> : null}
                </td>
              ) : null}
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}

function OrganizationsTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(OrganizationsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const organizations = [...(data?.organizations ?? [])].sort(
    (a, b) => b.openRequestCount - a.openRequestCount || a.name.localeCompare(b.name),
  );
  return (
    <Card title={t('admin.organizations.title')} flush>
      {!data && loading ? (
        <LoadingState rows={5} />
      ) : !data && error ? (
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      ) : organizations.length === 0 ? (
        <EmptyState compact icon={<IconBuilding size={28} />} title={t('admin.organizations.empty')} />
      ) : (
        <Table
          caption={t('admin.organizations.caption')}
          data-testid="organizations"
          head={
            <tr>
              <th scope="col">{t('admin.organizations.name')}</th>
              <th scope="col">{t('admin.organizations.kind')}</th>
              <th scope="col" className="cell-end">
                {t('admin.organizations.buildings')}
              </th>
              <th scope="col" className="cell-end">
                {t('admin.organizations.openRequests')}
              </th>
            </tr>
          }
        >
          {organizations.map((organization) => (
            <tr key={organization.id} data-testid="organization-row">
              <td>
                <strong>
                  <bdi>{organization.name}</bdi>
                </strong>
              </td>
              <td className="cell-muted">{t(`organizationKind.${organization.kind}`)}</td>
              <td className="cell-end">{format.number(organization.buildingCount)}</td>
              <td className="cell-end">{format.number(organization.openRequestCount)}</td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  );
}
