import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContractorRequestDocument, StartWorkDocument } from '../../gql/contractor/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  FormAlert,
  IconBack,
  IconWrench,
  LoadingState,
  PageHeader,
  StatusBadge,
  useToast,
} from '../../ui/index.ts';
import { BadgeRow, OverdueBadge, PriorityBadges } from '../requests/RequestBits.tsx';
import { RequestFacts } from '../requests/RequestFacts.tsx';
import { RequestTimeline } from '../requests/RequestTimeline.tsx';
import { WorkDoneForm } from './WorkDoneForm.tsx';
import '../requests/RequestLayout.css';
import '../requests/StepForm.css';
import './ContractorRequestPage.css';

/** One work order: the request's facts, print, start, "work done" with the signed scan, the history. */
export function ContractorRequestPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContractorRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [startWork, { loading: starting }] = useMutation(StartWorkDocument);
  const [startError, setStartError] = useState<string | null>(null);
  const request = data?.request;
  const back = (
    <Link to="/contractor" className="back-link">
      <IconBack size={16} />
      {t('contractor.detail.back')}
    </Link>
  );

  if (!request) {
    return (
      <>
        <PageHeader title={t('request.details')} eyebrow={back} />
        <Card>
          {!data && loading ? (
            <LoadingState />
          ) : !data && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : (
            <EmptyState title={t('contractor.detail.notFound')} text={t('errors.NOT_FOUND')} />
          )}
        </Card>
      </>
    );
  }

  const order = request.workOrder;
  const number = isolate(request.number);
  const start = async () => {
    setStartError(null);
    try {
      await startWork({ variables: { input: { requestId: request.id, version: request.version } } });
      toast.show({ tone: 'success', message: t('contractor.detail.started', { number }) });
    } catch (caught) {
      const problem = describeError(caught, t);
      setStartError(problem.message);
      if (problem.code === 'STALE_VERSION') void refetch();
    }
  };

  return (
    <div data-testid="contractor-request" data-request-id={request.id} data-status={request.status}>
      <PageHeader
        title={
          order
            ? t('request.workOrderNumber', { number: isolate(order.number) })
            : t('request.numberLabel', { number })
        }
        eyebrow={back}
        meta={
          <BadgeRow>
            <StatusBadge status={request.status} />
            <PriorityBadges request={request} />
            {request.overdue ? <OverdueBadge /> : null}
          </BadgeRow>
        }
        description={`${t('request.numberLabel', { number })} · ${request.category.name}`}
        actions={
          <>
            {order?.pdfUrl ? (
              <a
                href={order.pdfUrl}
                target="_blank"
                rel="noopener"
                className="button button--secondary button--md"
                data-testid="print-work-order"
              >
                <span className="button__label">{t('contractor.detail.print')}</span>
              </a>
            ) : null}
            <Link
              to={`/contractor/requests/${request.id}/print`}
              className="button button--secondary button--md"
              data-testid="print-page-link"
            >
              <span className="button__label">{t('contractor.detail.printPage')}</span>
            </Link>
          </>
        }
      />
      {request.viewerCan.start || request.viewerCan.completeWork ? (
        <Card title={t('request.actions')} className="contractor-actions">
          {startError ? <FormAlert>{startError}</FormAlert> : null}
          {request.viewerCan.start ? (
            <Button
              icon={<IconWrench size={18} />}
              loading={starting}
              data-testid="start-work"
              onClick={() => void start()}
            >
              {t('contractor.detail.start')}
            </Button>
          ) : null}
          {request.viewerCan.completeWork ? (
            <section aria-labelledby="work-done-title">
              <h3 className="panel__section-title" id="work-done-title">
                {t('contractor.detail.doneTitle')}
              </h3>
              <WorkDoneForm request={request} onStale={() => void refetch()} />
            </section>
          ) : null}
        </Card>
      ) : null}
      <div className="request-layout">
        <Card title={t('request.details')}>
          <RequestFacts request={request} />
          {order ? (
            <dl className="facts work-order-facts" data-testid="work-order-facts">
              <div className="facts__item">
                <dt>{t('contractor.detail.issuedAt')}</dt>
                <dd>
                  <time dateTime={order.issuedAt}>{format.dateTime(order.issuedAt)}</time>
                </dd>
              </div>
              <div className="facts__item">
                <dt>{t('contractor.detail.startedAt')}</dt>
                <dd>
                  {order.startedAt ? (
                    <time dateTime={order.startedAt}>{format.dateTime(order.startedAt)}</time>
                  ) : (
                    t('common.notSpecified')
                  )}
                </dd>
              </div>
              <div className="facts__item">
                <dt>{t('contractor.detail.doneAt')}</dt>
                <dd>
                  {order.doneAt ? (
                    <time dateTime={order.doneAt}>{format.dateTime(order.doneAt)}</time>
                  ) : (
                    t('common.notSpecified')
                  )}
                </dd>
              </div>
            </dl>
          ) : null}
        </Card>
        <Card title={t('request.timeline')}>
          <RequestTimeline events={request.timeline} attachments={request.attachments} />
        </Card>
      </div>
    </div>
  );
}
