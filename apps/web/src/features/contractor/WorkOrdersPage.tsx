import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WorkOrdersDocument } from '../../gql/contractor/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Card,
  EmptyState,
  ErrorState,
  IconWrench,
  LinkRow,
  LoadingState,
  PageHeader,
  StatusBadge,
  Table,
} from '../../ui/index.ts';
import { BadgeRow, Deadline, LocationText, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';

export function WorkOrdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(WorkOrdersDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const orders = [...(data?.workOrders ?? [])].sort((a, b) =>
    a.request.deadlineAt.localeCompare(b.request.deadlineAt),
  );

  return (
    <>
      <PageHeader title={t('contractor.title')} description={t('contractor.intro')} />
      <Card flush>
        {!data && loading ? (
          <LoadingState rows={5} />
        ) : !data && error ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : orders.length === 0 ? (
          <EmptyState
            icon={<IconWrench size={28} />}
            title={t('contractor.emptyTitle')}
            text={t('contractor.emptyText')}
          />
        ) : (
          <Table
            caption={t('contractor.caption')}
            data-testid="work-orders"
            head={
              <tr>
                <th scope="col">{t('contractor.number')}</th>
                <th scope="col">{t('request.address')}</th>
                <th scope="col">{t('request.category')}</th>
                <th scope="col">{t('request.deadline')}</th>
                <th scope="col">{t('request.status')}</th>
              </tr>
            }
          >
            {orders.map((order) => (
              <LinkRow
                key={order.id}
                data-testid="work-order-row"
                data-request-id={order.request.id}
                href={`/contractor/requests/${order.request.id}`}
              >
                <td className="cell-number">
                  <span className="cell-stack">
                    <Link
                      to={`/contractor/requests/${order.request.id}`}
                      aria-label={t('contractor.open', { number: order.request.number })}
                      data-testid="work-order-link"
                    >
                      {order.number}
                    </Link>
                    <span className="cell-sub">
                      {t('request.numberLabel', { number: isolate(order.request.number) })} ·{' '}
                      <time dateTime={order.issuedAt}>{format.date(order.issuedAt)}</time>
                    </span>
                  </span>
                </td>
                <td className="cell-location">
                  <LocationText request={order.request} />
                </td>
                <td>
                  <span className="cell-stack">
                    <span>{order.request.category.name}</span>
                    <BadgeRow>
                      <PriorityBadges request={order.request} />
                    </BadgeRow>
                  </span>
                </td>
                <td>
                  <Deadline request={order.request} compact />
                </td>
                <td>
                  <BadgeRow>
                    <StatusBadge status={order.request.status} />
                    {order.request.overdue ? <OverdueBadge /> : null}
                  </BadgeRow>
                </td>
              </LinkRow>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
