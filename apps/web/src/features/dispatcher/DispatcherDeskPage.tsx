import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueueDocument } from '../../gql/dispatcher/graphql.ts';
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
import {
  BadgeRow,
  ChannelBadge,
  Deadline,
  LocationText,
  OverdueBadge,
  PriorityBadges,
} from '../requests/RequestBits.tsx';
import { RequestPanel } from './RequestPanel.tsx';
import './DispatcherDeskPage.css';

export function DispatcherDeskPage() {
  const { t } = useTranslation();
  const { id: selectedId } = useParams();
  const { data, loading, error, refetch } = useQuery(QueueDocument, { fetchPolicy: 'cache-and-network' });
  const queue = [...(data?.queue ?? [])].sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));

  return (
    <>
      <PageHeader
        title={t('dispatcher.title')}
        description={t('dispatcher.intro')}
        actions={
          <ButtonLink to="/dispatcher/intake" icon={<IconPlus size={18} />} data-testid="phone-intake-link">
            {t('dispatcher.nav.intake')}
          </ButtonLink>
        }
      />
      <div className="desk">
        <Card flush className="desk__queue">
          {!data && loading ? (
            <LoadingState rows={6} />
          ) : !data && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : queue.length === 0 ? (
            <EmptyState title={t('dispatcher.queue.emptyTitle')} text={t('dispatcher.queue.emptyText')} />
          ) : (
            <Table
              caption={t('dispatcher.queue.caption')}
              data-testid="queue"
              head={
                <tr>
                  <th scope="col">{t('request.number')}</th>
                  <th scope="col">{t('request.category')}</th>
                  <th scope="col">{t('request.address')}</th>
                  <th scope="col">{t('request.status')}</th>
                  <th scope="col">{t('request.deadline')}</th>
                </tr>
              }
            >
              {queue.map((request) => {
                const selected = request.id === selectedId;
                const href = `/dispatcher/requests/${request.id}`;
                return (
                  <LinkRow
                    key={request.id}
                    data-testid="queue-row"
                    data-request-id={request.id}
                    href={href}
                    selected={selected}
                  >
                    <td className="cell-number">
                      <Link
                        to={href}
                        aria-current={selected ? 'true' : undefined}
                        aria-label={t('dispatcher.queue.select', { number: request.number })}
                      >
                        {request.number}
                      </Link>
                    </td>
                    <td>
                      <span className="cell-stack">
                        <span>{request.category.name}</span>
                        <BadgeRow>
                          <PriorityBadges request={request} />
                          <ChannelBadge channel={request.channel} />
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
                );
              })}
            </Table>
          )}
        </Card>
        <div className="desk__panel">
          {selectedId ? (
            <RequestPanel key={selectedId} id={selectedId} />
          ) : (
            <Card>
              <EmptyState
                compact
                title={t('dispatcher.detail.placeholderTitle')}
                text={t('dispatcher.detail.placeholderText')}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
