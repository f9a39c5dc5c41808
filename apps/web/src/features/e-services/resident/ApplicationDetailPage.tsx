import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  MyApplicationDocument,
  type ResidentApplicationDetailFragment,
} from '../../../gql/e-services-resident/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import {
  ButtonLink,
  Card,
  EmptyState,
  ErrorState,
  FormAlert,
  IconBack,
  LoadingState,
  PageHeader,
  StatusBadge,
} from '../../../ui/index.ts';
import { AttachmentList } from '../../requests/AttachmentList.tsx';
import { BadgeRow, Deadline, OverdueBadge } from '../../requests/RequestBits.tsx';
import { AnswersList } from '../shared/AnswersList.tsx';
import { ApplicationTimeline } from '../shared/ApplicationTimeline.tsx';
import { DecisionPanel } from '../shared/DecisionPanel.tsx';
import { IssuedDocuments } from '../shared/IssuedDocuments.tsx';
import { useServiceSpec } from '../shared/spec.ts';
import { PaymentPanel } from './PaymentPanel.tsx';
import { PaymentReceipts } from './PaymentReceipts.tsx';
import { SigningStep } from './SigningStep.tsx';
import '../../requests/RequestFacts.css';
import '../../requests/RequestLayout.css';
import './resident-e-services.css';

/** One application: status, facts, what to do now (pay, sign, download), the answers and the history. */
export function ApplicationDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(MyApplicationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const application = data?.application ?? null;
  const spec = useServiceSpec(application?.definition);
  const back = (
    <Link to="/resident/applications" className="back-link">
      <IconBack size={16} />
      {t('eServices.detail.backToList')}
    </Link>
  );

  if (!application) {
    return (
      <>
        <PageHeader title={t('eServices.detail.facts')} eyebrow={back} />
        <Card>
          {!data && loading ? (
            <LoadingState />
          ) : !data && error ? (
            <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
          ) : (
            <EmptyState title={t('eServices.detail.notFound')} text={t('errors.NOT_FOUND')} />
          )}
        </Card>
      </>
    );
  }

  const finished = ['APPROVED', 'REFUSED', 'INVALID'].includes(application.status);
  return (
    <div className="application-detail" data-testid="application-detail" data-application-id={application.id}>
      <PageHeader
        title={t('eServices.detail.title', { number: isolate(application.number) })}
        eyebrow={back}
        meta={
          <BadgeRow>
            <StatusBadge status={application.status} />
            {application.overdue && !finished ? <OverdueBadge /> : null}
          </BadgeRow>
        }
        description={application.serviceName}
      />
      <StatusPanel application={application} />
      <div className="request-layout">
        <div className="application-detail__main">
          <Card title={t('eServices.detail.facts')}>
            <dl className="facts" data-testid="application-facts">
              <div className="facts__item">
                <dt>{t('eServices.detail.service')}</dt>
                <dd>{application.serviceName}</dd>
              </div>
              <div className="facts__item">
                <dt>{t('eServices.detail.organization')}</dt>
                <dd>
                  {application.organizationName ? (
                    <bdi>{application.organizationName}</bdi>
                  ) : (
                    t('common.notSpecified')
                  )}
                  {application.intakeOrganizationName ? (
                    <span className="facts__sub">
                      {t('eServices.detail.intake', { name: isolate(application.intakeOrganizationName) })}
                    </span>
                  ) : null}
                </dd>
              </div>
              {application.address ? (
                <div className="facts__item">
                  <dt>{t('eServices.detail.address')}</dt>
                  <dd>
                    <bdi>{application.address}</bdi>
                    {application.premisesNumber ? (
                      <span className="facts__sub">
                        {t('eServices.detail.premises', { number: isolate(application.premisesNumber) })}
                      </span>
                    ) : null}
                  </dd>
                </div>
              ) : null}
              <div className="facts__item">
                <dt>{t('eServices.detail.submitted')}</dt>
                <dd>
                  <time dateTime={application.createdAt} className="numeric" data-testid="submitted-at">
                    {format.dateTime(application.createdAt)}
                  </time>
                  <span className="facts__sub">{t(`channel.${application.channel}`)}</span>
                </dd>
              </div>
              <div className="facts__item">
                <dt>{t('eServices.detail.registered')}</dt>
                <dd>
                  {application.registeredAt ? (
                    <time dateTime={application.registeredAt} className="numeric">
                      {format.dateTime(application.registeredAt)}
                    </time>
                  ) : (
                    t('eServices.detail.notRegistered')
                  )}
                </dd>
              </div>
              <div className="facts__item">
                <dt>{t('eServices.detail.deadline')}</dt>
                <dd>
                  {finished ? (
                    <time dateTime={application.deadlineAt} className="numeric">
                      {format.dateTime(application.deadlineAt)}
                    </time>
                  ) : (
                    <Deadline request={application} />
                  )}
                </dd>
              </div>
              {application.signature ? (
                <div className="facts__item">
                  <dt>{t('eServices.detail.signedAt')}</dt>
                  <dd>
                    <time dateTime={application.signature.signedAt} className="numeric">
                      {format.dateTime(application.signature.signedAt)}
                    </time>
                    <span className="facts__sub" dir="ltr">
                      {application.signature.sentTo}
                    </span>
                  </dd>
                </div>
              ) : null}
            </dl>
          </Card>
          <PaymentReceipts payments={application.payments} />
          <Card title={t('eServices.detail.answers')}>
            {spec ? (
              <AnswersList spec={spec} answers={application.answers} locale={format.locale} />
            ) : (
              <FormAlert tone="info">{t('eServices.detail.unreadable')}</FormAlert>
            )}
          </Card>
          <Card title={t('eServices.detail.files')}>
            {application.attachments.length > 0 ? (
              <AttachmentList attachments={application.attachments} />
            ) : (
              <p className="muted-text">{t('eServices.detail.noFiles')}</p>
            )}
          </Card>
        </div>
        <Card title={t('eServices.detail.timeline')}>
          <ApplicationTimeline events={application.timeline} currency={application.currency} />
        </Card>
      </div>
    </div>
  );
}

/** What the status asks of the resident or tells them: pay, sign, the result, the refusal. */
function StatusPanel({ application }: { application: ResidentApplicationDetailFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (application.status) {
    case 'AWAITING_PAYMENT':
      return application.amountDue != null && application.viewerCan.pay ? (
        <PaymentPanel
          applicationId={application.id}
          amountDue={application.amountDue}
          currency={application.currency}
          lines={application.paymentBreakdown}
        />
      ) : null;
    case 'SUBMITTED':
      return application.viewerCan.sign ? (
        <Card>
          <SigningStep applicationId={application.id} number={application.number} />
        </Card>
      ) : null;
    case 'APPROVED':
      return (
        <DecisionPanel
          tone="success"
          title={t('eServices.result.approvedTitle')}
          data-testid="approved-panel"
        >
          {application.queuePosition != null && !application.removedFromListAt ? (
            <div data-testid="queue-position">
              <p className="decision-panel__big">
                {t('eServices.result.queuePosition', { position: format.number(application.queuePosition) })}
              </p>
              {application.waitingListRegisteredAt ? (
                <p>
                  {t('eServices.result.queueRegistered', {
                    date: format.date(application.waitingListRegisteredAt),
                  })}
                </p>
              ) : null}
            </div>
          ) : null}
          {application.removedFromListAt ? (
            <p>
              {t('eServices.result.removedFromList', { date: format.date(application.removedFromListAt) })}
            </p>
          ) : null}
          {application.effectiveFrom ? (
            <p data-testid="effective-from">
              {t('eServices.result.effectiveFrom', {
                date: formatLocalDay(application.effectiveFrom, format.locale),
              })}
            </p>
          ) : null}
          <h3 className="decision-panel__label">{t('eServices.result.documentsTitle')}</h3>
          <IssuedDocuments documents={application.documents} />
          {application.documents.length > 0 ? (
            <p className="muted-text">{t('eServices.result.verificationHint')}</p>
          ) : null}
        </DecisionPanel>
      );
    case 'REFUSED':
      return (
        <DecisionPanel tone="warning" title={t('eServices.result.refusedTitle')} data-testid="refused-panel">
          {application.refusalGround ? (
            <div>
              <p className="decision-panel__label">{t('eServices.result.refusalGround')}</p>
              <p data-testid="refusal-ground">{application.refusalGround}</p>
            </div>
          ) : null}
          {application.decisionComment ? (
            <div>
              <p className="decision-panel__label">{t('eServices.result.comment')}</p>
              <blockquote className="decision-panel__quote" dir="auto">
                {application.decisionComment}
              </blockquote>
            </div>
          ) : null}
          {application.documents.length > 0 ? (
            <>
              <h3 className="decision-panel__label">{t('eServices.result.documentsTitle')}</h3>
              <IssuedDocuments documents={application.documents} />
              <p className="muted-text">{t('eServices.result.verificationHint')}</p>
            </>
          ) : null}
        </DecisionPanel>
      );
    case 'INVALID':
      return (
        <DecisionPanel tone="neutral" title={t('eServices.result.invalidTitle')} data-testid="invalid-panel">
          {application.decisionComment ? (
            <div>
              <p className="decision-panel__label">{t('eServices.result.comment')}</p>
              <blockquote className="decision-panel__quote" dir="auto">
                {application.decisionComment}
              </blockquote>
            </div>
          ) : null}
          <p>{t('eServices.result.invalidText')}</p>
          {application.documents.length > 0 ? (
            <>
              <h3 className="decision-panel__label">{t('eServices.result.documentsTitle')}</h3>
              <IssuedDocuments documents={application.documents} />
            </>
          ) : null}
          <div>
            <ButtonLink
              variant="secondary"
              to={`/resident/services/${encodeURIComponent(application.serviceCode)}`}
            >
              {t('eServices.result.applyAgain')}
            </ButtonLink>
          </div>
        </DecisionPanel>
      );
    default:
      return null;
  }
}
