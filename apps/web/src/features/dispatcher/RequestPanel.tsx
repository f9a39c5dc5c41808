import { useQuery } from '@apollo/client/react';
import { isOpen, isRequestStatus } from '@citydesk/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DispatcherRequestDocument } from '../../gql/dispatcher/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { Card, EmptyState, ErrorState, IconX, LoadingState, StatusBadge } from '../../ui/index.ts';
import { AttachmentList } from '../requests/AttachmentList.tsx';
import { BadgeRow, ChannelBadge, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';
import { RequestFacts } from '../requests/RequestFacts.tsx';
import { RequestTimeline } from '../requests/RequestTimeline.tsx';
import { DispatcherActions } from './DispatcherActions.tsx';
import { RequestEdits } from './RequestEdits.tsx';

/** The selected request: its facts, the assignment form and its history. */
export function RequestPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DispatcherRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.request;

  if (!data && loading) {
    return (
      <Card>
        <LoadingState />
      </Card>
    );
  }
  if (!data && error) {
    return (
      <Card>
        <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
      </Card>
    );
  }
  if (!request) {
    return (
      <Card>
        <EmptyState compact title={t('errors.NOT_FOUND')} />
      </Card>
    );
  }

  const signedScans = request.attachments.filter((a) => a.kind === 'SIGNED_WORK_ORDER');
  return (
    <Card data-testid="request-panel" data-request-id={request.id} aria-labelledby="request-panel-title">
      <div className="panel__section panel__head">
        <div className="panel__title-row">
          <h2 className="panel__title" id="request-panel-title">
            {t('request.numberLabel', { number: isolate(request.number) })}
          </h2>
          <Link
            to="/dispatcher"
            className="button button--ghost button--sm"
            aria-label={t('dispatcher.detail.close')}
          >
            <IconX size={18} />
          </Link>
        </div>
        <BadgeRow>
          <StatusBadge status={request.status} />
          <PriorityBadges request={request} />
          <ChannelBadge channel={request.channel} />
          {request.overdue ? <OverdueBadge /> : null}
        </BadgeRow>
      </div>
      <section className="panel__section" aria-labelledby="actions-title">
        <h3 className="panel__section-title" id="actions-title">
          {t('request.actions')}
        </h3>
        <DispatcherActions request={request} onStale={() => void refetch()} />
        {isRequestStatus(request.status) && isOpen(request.status) ? (
          <RequestEdits request={request} />
        ) : null}
      </section>
      {request.workOrder ? (
        <section className="panel__section" aria-labelledby="work-order-title" data-testid="panel-work-order">
          <h3 className="panel__section-title" id="work-order-title">
            {t('request.workOrderNumber', { number: isolate(request.workOrder.number) })}
          </h3>
          {request.workOrder.pdfUrl ? (
            <p>
              <a
                href={request.workOrder.pdfUrl}
                target="_blank"
                rel="noopener"
                data-testid="panel-work-order-pdf"
              >
                {t('contractor.detail.print')}
              </a>
            </p>
          ) : null}
          {signedScans.length > 0 ? (
            <div data-testid="signed-scan">
              <p className="panel__subtitle">{t('request.signedScan')}</p>
              <AttachmentList attachments={signedScans} />
            </div>
          ) : null}
        </section>
      ) : null}
      <section className="panel__section" aria-label={t('request.details')}>
        <RequestFacts request={request} />
      </section>
      <section className="panel__section" aria-labelledby="timeline-title">
        <h3 className="panel__section-title" id="timeline-title">
          {t('request.timeline')}
        </h3>
        <RequestTimeline events={request.timeline} attachments={request.attachments} />
      </section>
    </Card>
  );
}
