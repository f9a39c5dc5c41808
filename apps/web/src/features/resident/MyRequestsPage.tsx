import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyRequestsDocument } from '../../gql/resident/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import {
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  IconPlus,
  LinkRow,
  LoadingState,
  PageHeader,
  StatusBadge,
  Table,
} from '../../ui/index.ts';
import { BadgeRow, Deadline, LocationText, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';

export function MyRequestsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyRequestsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const requests = [...(data?.myRequests ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const newRequest = (
    <ButtonLink to="/resident/new" icon={<IconPlus size={18} />}>
      {t('resident.nav.newRequest')}
    </ButtonLink>
  );

  return (
    <>
      <PageHeader
        title={t('resident.list.title')}
        description={t('resident.list.intro')}
        actions={newRequest}
      />
      <Card flush>
        {!data && loading ? (
          <LoadingState rows={4} />
        ) : !data && error ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : requests.length === 0 ? (
          <EmptyState
            title={t('resident.list.emptyTitle')}
            text={t('resident.list.emptyText')}
            action={newRequest}
          />
        ) : (
          <Table
            caption={t('resident.list.caption')}
            data-testid="my-requests"
            head={
              <tr>
                <th scope="col">{t('request.number')}</th>
                <th scope="col">{t('request.category')}</th>
                <th scope="col">{t('request.location')}</th>
                <th scope="col">{t('request.status')}</th>
                <th scope="col">{t('request.deadline')}</th>
              </tr>
            }
          >
            {requests.map((request) => (
              <LinkRow
                key={request.id}
                data-testid="request-row"
                data-request-id={request.id}
                href={`/resident/requests/${request.id}`}
              >
                <td className="cell-number">
                  <Link to={`/resident/requests/${request.id}`}>{request.number}</Link>
                </td>
                <td>
                  <span className="cell-stack">
                    <span>{request.category.name}</span>
                    <BadgeRow>
                      <PriorityBadges request={request} />
                    </BadgeRow>
                  </span>
                </td>
                <td className="cell-location">
                  <LocationText request={request} />
                </td>
                <td>
                  <BadgeRow>
                    <StatusBadge status={request.status} />
                    {request.overdue ? <OverdueBadge /> : null}
                  </BadgeRow>
                </td>
                <td>
                  <Deadline request={request} compact />
                </td>
              </LinkRow>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
