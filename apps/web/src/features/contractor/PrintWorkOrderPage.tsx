import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContractorRequestDocument } from '../../gql/contractor/graphql.ts';
import { isolate } from '../../lib/bidi.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Button,
  Card,
  EmptyState,
  ErrorState,
  IconBack,
  IconPrinter,
  LoadingState,
  PageHeader,
} from '../../ui/index.ts';
import { useLocationText } from '../requests/RequestBits.tsx';
import './PrintWorkOrderPage.css';

/** A printable work order (browser print): the facts the worker needs and two signature boxes. */
export function PrintWorkOrderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const locationText = useLocationText();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ContractorRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.request;
  const back = (
    <Link to={`/contractor/requests/${id}`} className="back-link">
      <IconBack size={16} />
      {t('contractor.printPage.back')}
    </Link>
  );

  if (!request) {
    return (
      <>
        <PageHeader title={t('contractor.printPage.title')} eyebrow={back} />
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
  const location = locationText(request);
  const row = (label: string, value: ReactNode, testId?: string) => (
    <div className="print-sheet__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <div className="print-page" data-testid="print-page">
      <div className="print-page__toolbar">
        {back}
        <Button icon={<IconPrinter size={18} />} onClick={() => window.print()} data-testid="print-now">
          {t('contractor.printPage.print')}
        </Button>
      </div>
      <article className="print-sheet">
        <header className="print-sheet__head">
          <h1 className="print-sheet__title">
            {order
              ? t('request.workOrderNumber', { number: isolate(order.number) })
              : t('contractor.printPage.title')}
          </h1>
          <p className="print-sheet__sub">
            {t('request.numberLabel', { number: isolate(request.number) })}
            {request.organization ? (
              <>
                {' · '}
                <bdi>{request.organization.name}</bdi>
              </>
            ) : null}
          </p>
        </header>
        <dl className="print-sheet__facts">
          {row(
            t('contractor.printPage.requestNumber'),
            <bdi dir="ltr">{request.number}</bdi>,
            'print-request-number',
          )}
          {order
            ? row(
                t('contractor.printPage.workOrder'),
                <bdi dir="ltr">{order.number}</bdi>,
                'print-work-order-number',
              )
            : null}
          {row(
            t('request.address'),
            <>
              <bdi>{location.address}</bdi>
              {location.place ? <span className="print-sheet__subvalue">{location.place}</span> : null}
            </>,
            'print-address',
          )}
          {row(
            t('request.contact'),
            <>
              <bdi>{request.contactName}</bdi>
              <span className="print-sheet__subvalue">
                <bdi dir="ltr">{request.contactPhone}</bdi>
              </span>
            </>,
            'print-contact',
          )}
          {row(t('request.category'), request.category.name)}
          {row(
            t('request.deadline'),
            request.deadlineAt ? (
              <time dateTime={request.deadlineAt}>{format.dateTime(request.deadlineAt)}</time>
            ) : (
              t('common.notSpecified')
            ),
          )}
          {order ? row(t('contractor.detail.issuedAt'), format.dateTime(order.issuedAt)) : null}
          <div className="print-sheet__row print-sheet__row--wide">
            <dt>{t('request.description')}</dt>
            <dd dir="auto" className="print-sheet__description">
              {request.description}
            </dd>
          </div>
        </dl>
        <section className="print-sheet__signatures" aria-label={t('contractor.printPage.signatures')}>
          {(['resident', 'worker'] as const).map((who) => (
            <div key={who} className="print-sheet__signature" data-testid={`signature-${who}`}>
              <p className="print-sheet__signature-title">{t(`contractor.printPage.signature.${who}`)}</p>
              <div className="print-sheet__signature-box" />
              <p className="print-sheet__signature-hint">{t('contractor.printPage.signatureHint')}</p>
            </div>
          ))}
        </section>
      </article>
    </div>
  );
}
