import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AdminRequestDocument } from '../../../gql/administrator/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import {
  Card,
  EmptyState,
  ErrorState,
  IconBack,
  LoadingState,
  PageHeader,
  StatusBadge,
} from '../../../ui/index.ts';
import { BadgeRow, ChannelBadge, OverdueBadge, PriorityBadges } from '../../requests/RequestBits.tsx';
import { RequestFacts } from '../../requests/RequestFacts.tsx';
import { RequestTimeline } from '../../requests/RequestTimeline.tsx';

/** Any request of the city, as the administrator reads it: its facts and every step, live from the API. */
export function AdminRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.request;
  const back = (
    <Link to="/admin" className="back-link">
      <IconBack size={16} />
      {t('admin.nav.overview')}
    </Link>
  );

  if (!data && loading) return <LoadingState />;
  if (!data && error)
    return <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />;
  if (!request)
    return (
      <>
        <PageHeader title={t('errors.NOT_FOUND')} eyebrow={back} />
        <EmptyState title={t('errors.NOT_FOUND')} />
      </>
    );
  return (
    <div data-testid="admin-request" data-request-id={request.id}>
      <PageHeader
        eyebrow={back}
        title={t('request.numberLabel', { number: isolate(request.number) })}
        meta={
          <BadgeRow>
            <StatusBadge status={request.status} />
            <PriorityBadges request={request} />
            <ChannelBadge channel={request.channel} />
            {request.overdue ? <OverdueBadge /> : null}
          </BadgeRow>
        }
      />
      <Card title={t('request.details')}>
        <RequestFacts request={request} />
      </Card>
      <Card title={t('request.timeline')}>
        <RequestTimeline events={request.timeline} attachments={request.attachments} />
      </Card>
    </div>
  );
}
