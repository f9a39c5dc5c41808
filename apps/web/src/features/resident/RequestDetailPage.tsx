import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MyRequestDocument } from '../../gql/resident/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import {
  Card,
  EmptyState,
  ErrorState,
  IconBack,
  LoadingState,
  PageHeader,
  StatusBadge,
} from '../../ui/index.ts';
import { BadgeRow, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';
import { RequestFacts } from '../requests/RequestFacts.tsx';
import { RequestTimeline } from '../requests/RequestTimeline.tsx';
import { ResidentActions } from './ResidentActions.tsx';
import '../requests/RequestLayout.css';

export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.myRequest;
  const back = (
    <Link to="/resident" className="back-link">
      <IconBack size={16} />
      {t('resident.detail.backToList')}
    </Link>
  );

  if (!data && loading) {
    return (
      <>
        <PageHeader title={t('request.details')} eyebrow={back} />
        <Card>
          <LoadingState />
        </Card>
      </>
    );
  }
  if (!data && error) {
    return (
      <>
        <PageHeader title={t('request.details')} eyebrow={back} />
        <Card>
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        </Card>
      </>
    );
  }
  if (!request) {
    return (
      <>
        <PageHeader title={t('request.details')} eyebrow={back} />
        <Card>
          <EmptyState title={t('resident.detail.notFound')} text={t('errors.NOT_FOUND')} />
        </Card>
      </>
    );
  }
  return (
    <div data-testid="request-detail" data-request-id={request.id}>
      <PageHeader
        title={t('resident.detail.title', { number: isolate(request.number) })}
        eyebrow={back}
        meta={
          <BadgeRow>
            <StatusBadge status={request.status} />
            <PriorityBadges request={request} />
            {request.overdue ? <OverdueBadge /> : null}
          </BadgeRow>
        }
        description={request.category.name}
      />
      <ResidentActions request={request} onStale={() => void refetch()} />
      <div className="request-layout">
        <Card title={t('request.details')}>
          <RequestFacts request={request} />
        </Card>
        <Card title={t('request.timeline')}>
          <RequestTimeline events={request.timeline} attachments={request.attachments} />
        </Card>
      </div>
    </div>
  );
}
