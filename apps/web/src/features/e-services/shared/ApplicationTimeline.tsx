import { formatMoney, messages } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/format.ts';
import { RequestTimeline } from '../../requests/RequestTimeline.tsx';
import type { AttachmentFields, TimelineEventFields } from '../../requests/types.ts';

export interface ApplicationEventFields extends TimelineEventFields {
  /** PAYMENT_REQUESTED, PAID, PAYMENT_FAILED: minor units of the application's currency. */
  amount?: number | null;
  /** REGISTERED: when the result is due. */
  deadlineAt?: string | null;
  /** TASK_CREATED, TASK_COMPLETED. */
  taskKind?: string | null;
  /** PAID after the application was decided: the payment is to be refunded. */
  refundDue?: boolean;
}

type TaskKind = keyof (typeof messages.en)['eServices']['taskKind'];
const isTaskKind = (kind: string): kind is TaskKind => kind in messages.en.eServices.taskKind;

/** Every step of an application, oldest first: who, when, the amount asked or paid, the result date. */
export function ApplicationTimeline({
  events,
  currency,
  attachments = [],
}: {
  events: readonly ApplicationEventFields[];
  currency: string;
  attachments?: readonly AttachmentFields[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RequestTimeline
      events={events}
      attachments={attachments}
      testId="application-timeline"
      details={(event) => (
        <>
          {event.amount != null ? (
            <p className="timeline__detail" data-testid="timeline-amount">
              {t('eServices.timeline.amount', { amount: formatMoney(event.amount, currency, format.locale) })}
            </p>
          ) : null}
          {event.refundDue ? (
            <p className="timeline__note" data-testid="timeline-refund-due">
              {t('eServices.timeline.refundDue')}
            </p>
          ) : null}
          {event.type === 'REGISTERED' && event.deadlineAt ? (
            <p className="timeline__detail">
              {t('eServices.timeline.resultBy', { date: format.date(event.deadlineAt) })}
            </p>
          ) : null}
          {event.taskKind && isTaskKind(event.taskKind) ? (
            <p className="timeline__detail">
              {t('eServices.timeline.task', { task: t(`eServices.taskKind.${event.taskKind}`) })}
            </p>
          ) : null}
        </>
      )}
    />
  );
}
