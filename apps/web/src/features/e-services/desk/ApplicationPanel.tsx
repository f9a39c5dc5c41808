import { useQuery } from '@apollo/client/react';
import { formatMoney } from '@citydesk/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeskApplicationDocument } from '../../../gql/e-services-desk/graphql.ts';
import { isolate } from '../../../lib/bidi.ts';
import { describeError } from '../../../lib/errors.ts';
import { formatLocalDay, useFormat } from '../../../lib/format.ts';
import { Card, EmptyState, ErrorState, IconX, LoadingState, StatusBadge } from '../../../ui/index.ts';
import { AttachmentList } from '../../requests/AttachmentList.tsx';
import { BadgeRow, OverdueBadge } from '../../requests/RequestBits.tsx';
import { RequestTimeline } from '../../requests/RequestTimeline.tsx';
import { AccountPanel } from './AccountPanel.tsx';
import { ApplicationActions, type DeskAction, type PaymentPreset } from './ApplicationActions.tsx';
import { IssuedDocuments } from '../shared/IssuedDocuments.tsx';
import { OutcomeBlockers } from './OutcomeBlockers.tsx';
import { RevokeDocumentButton } from './RevokeDocumentButton.tsx';
import { ReviewTasks } from './ReviewTasks.tsx';
import { answerLines, readSpec, subscriberCodeOf } from './spec.ts';

/** The selected application: what it asks, the steps the viewer may take, field tasks, documents, history. */
export function ApplicationPanel({ id, closeTo }: { id: string; closeTo: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<DeskAction | null>(null);
  const [preset, setPreset] = useState<PaymentPreset | null>(null);
  const { data, loading, error, refetch } = useQuery(DeskApplicationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const application = data?.application;

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
  if (!application) {
    return (
      <Card>
        <EmptyState compact title={t('errors.NOT_FOUND')} />
      </Card>
    );
  }

  const spec = readSpec(application.definition);
  const answers = answerLines(spec, application.answers, format.locale, t);
  const subscriberCode = subscriberCodeOf(application.answers);
  const can = application.viewerCan;
  const staffReview = can.startReview || can.createTask || can.approve || can.requestPayment || can.refuse;
  const facts: { label: string; value: string | null; testId: string }[] = [
    { label: t('eServiceDesk.detail.service'), value: application.serviceName, testId: 'fact-service' },
    { label: t('eServiceDesk.detail.applicant'), value: application.applicantName, testId: 'fact-applicant' },
    { label: t('eServiceDesk.detail.phone'), value: application.contactPhone, testId: 'fact-phone' },
    { label: t('eServiceDesk.detail.email'), value: application.applicantEmail, testId: 'fact-email' },
    {
      label: t('eServiceDesk.detail.address'),
      value: application.address
        ? application.premisesNumber
          ? `${application.address} · ${t('eServiceDesk.detail.premises', { number: isolate(application.premisesNumber) })}`
          : application.address
        : null,
      testId: 'fact-address',
    },
    {
      label: t('eServiceDesk.detail.provider'),
      value: application.organizationName,
      testId: 'fact-provider',
    },
    {
      label: t('eServiceDesk.detail.filedBy'),
      value: application.intakeOrganizationName,
      testId: 'fact-intake',
    },
    {
      label: t('eServiceDesk.detail.registeredAt'),
      value: application.registeredAt ? format.dateTime(application.registeredAt) : null,
      testId: 'fact-registered',
    },
    {
      label: t('eServiceDesk.detail.deadline'),
      value: format.dateTime(application.deadlineAt),
      testId: 'fact-deadline',
    },
    {
      label: t('eServiceDesk.detail.amountDue'),
      value: application.amountDue
        ? formatMoney(application.amountDue, application.currency, format.locale)
        : null,
      testId: 'fact-amount-due',
    },
    {
      label: t('eServiceDesk.detail.refusalGround'),
      value: application.refusalGround,
      testId: 'fact-refusal-ground',
    },
    {
      label: t('eServiceDesk.detail.decisionComment'),
      value: application.decisionComment,
      testId: 'fact-decision-comment',
    },
    {
      label: t('eServiceDesk.detail.queuePosition'),
      value: application.queuePosition ? format.number(application.queuePosition) : null,
      testId: 'fact-queue-position',
    },
    {
      label: t('eServiceDesk.detail.effectiveFrom'),
      value: application.effectiveFrom ? formatLocalDay(application.effectiveFrom, format.locale) : null,
      testId: 'fact-effective-from',
    },
  ];

  return (
    <Card
      data-testid="application-panel"
      data-application-id={application.id}
      aria-labelledby="application-panel-title"
    >
      <div className="panel__section panel__head">
        <div className="panel__title-row">
          <h2 className="panel__title" id="application-panel-title">
            {t('eServiceDesk.detail.title', { number: isolate(application.number) })}
          </h2>
          <Link
            to={closeTo}
            className="button button--ghost button--sm"
            aria-label={t('eServiceDesk.detail.close')}
          >
            <IconX size={18} />
          </Link>
        </div>
        <p className="panel__subtitle">{application.serviceName}</p>
        <BadgeRow>
          <StatusBadge status={application.status} />
          {application.overdue ? <OverdueBadge /> : null}
        </BadgeRow>
      </div>
      <section className="panel__section" aria-labelledby="application-actions-title">
        <h3 className="panel__section-title" id="application-actions-title">
          {t('eServiceDesk.detail.actions')}
        </h3>
        <OutcomeBlockers
          application={application}
          onRequestDebt={(next) => {
            setOpen('payment');
            setPreset(next);
          }}
        />
        <ApplicationActions
          application={application}
          spec={spec}
          open={open}
          preset={preset}
          onOpenChange={(next) => {
            setOpen(next);
            setPreset(null);
          }}
          onStale={() => void refetch()}
        />
      </section>
      {subscriberCode && staffReview ? (
        <section className="panel__section" aria-labelledby="application-account-title">
          <h3 className="panel__section-title" id="application-account-title">
            {t('eServiceDesk.account.title')}
          </h3>
          <AccountPanel
            subscriberCode={subscriberCode}
            currency={application.currency}
            canRequestPayment={can.requestPayment}
            onRequestDebt={(next) => {
              setOpen('payment');
              setPreset(next);
            }}
          />
        </section>
      ) : null}
      {staffReview || can.createTask ? (
        <section className="panel__section" aria-labelledby="application-tasks-title">
          <h3 className="panel__section-title" id="application-tasks-title">
            {t('eServiceDesk.tasks.title')}
          </h3>
          <ReviewTasks application={application} spec={spec} />
        </section>
      ) : null}
      <section className="panel__section" aria-labelledby="application-facts-title">
        <h3 className="panel__section-title" id="application-facts-title">
          {t('eServiceDesk.detail.facts')}
        </h3>
        <dl className="desk-facts" data-testid="application-facts">
          {facts
            .filter((f) => f.value)
            .map((f) => (
              <div key={f.testId} className="desk-facts__row" data-testid={f.testId}>
                <dt>{f.label}</dt>
                <dd>
                  <bdi>{f.value}</bdi>
                </dd>
              </div>
            ))}
        </dl>
      </section>
      <section className="panel__section" aria-labelledby="application-answers-title">
        <h3 className="panel__section-title" id="application-answers-title">
          {t('eServiceDesk.detail.answers')}
        </h3>
        {answers.length === 0 ? (
          <p className="panel__note">{t('eServiceDesk.detail.answersEmpty')}</p>
        ) : (
          <dl className="desk-facts" data-testid="application-answers">
            {answers.map((line) => (
              <div key={line.name} className="desk-facts__row" data-answer={line.name}>
                <dt>{line.label}</dt>
                <dd>
                  <bdi>{line.value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section className="panel__section" aria-labelledby="application-uploads-title">
        <h3 className="panel__section-title" id="application-uploads-title">
          {t('eServiceDesk.detail.uploads')}
        </h3>
        {application.attachments.length === 0 ? (
          <p className="panel__note">{t('eServiceDesk.detail.noUploads')}</p>
        ) : (
          <AttachmentList attachments={application.attachments} />
        )}
      </section>
      {application.documents.length > 0 ? (
        <section className="panel__section" aria-labelledby="application-issued-title">
          <h3 className="panel__section-title" id="application-issued-title">
            {t('eServiceDesk.detail.issued')}
          </h3>
          <IssuedDocuments
            documents={application.documents}
            actions={(d) => (d.viewerCanRevoke ? <RevokeDocumentButton document={d} /> : null)}
          />
        </section>
      ) : null}
      <section className="panel__section" aria-labelledby="application-timeline-title">
        <h3 className="panel__section-title" id="application-timeline-title">
          {t('eServiceDesk.detail.timeline')}
        </h3>
        <RequestTimeline events={application.timeline} />
      </section>
    </Card>
  );
}
