import { formatMoney, messages } from '@citydesk/i18n';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../../lib/bidi.ts';
import { useFormat } from '../../../lib/format.ts';
import { StatusBadge } from '../../../ui/index.ts';
import { AttachmentList } from '../../requests/AttachmentList.tsx';
import type { AttachmentFields, TimelineEventFields } from '../../requests/types.ts';
import '../../requests/RequestTimeline.css';

export interface ApplicationEventFields extends TimelineEventFields {
  /** PAYMENT_REQUESTED, PAID, PAYMENT_FAILED: minor units of the application's currency. */
  amount?: number | null;
  /** REGISTERED: when the result is due. */
  deadlineAt?: string | null;
  /** TASK_CREATED, TASK_COMPLETED. */
  taskKind?: string | null;
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
  if (events.length === 0) return <p className="timeline-empty">{t('request.timelineEmpty')}</p>;
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="timeline" data-testid="application-timeline">
      {ordered.map((event, index) => (
        <li
          key={event.id}
          className={['timeline__item', index === ordered.length - 1 ? 'timeline__item--latest' : '']
            .filter(Boolean)
            .join(' ')}
          data-testid="timeline-event"
          data-event-type={event.type}
        >
          <span className="timeline__dot" aria-hidden="true" />
          <div className="timeline__content">
            <div className="timeline__head">
              <p className="timeline__title">{t(`requestEvent.${event.type}`)}</p>
              <time className="timeline__time numeric" dateTime={event.createdAt}>
                {format.dateTime(event.createdAt)}
              </time>
            </div>
            {event.toStatus ? (
              <div className="timeline__status">
                <StatusBadge status={event.toStatus} />
              </div>
            ) : null}
            {event.actorName ? (
              <p className="timeline__actor">
                {event.actorRole
                  ? t('request.actor', { name: isolate(event.actorName), role: t(`role.${event.actorRole}`) })
                  : event.actorName}
              </p>
            ) : null}
            {event.organizationName ? (
              <p className="timeline__detail">
                {t('request.eventCompany', { name: isolate(event.organizationName) })}
              </p>
            ) : null}
            {event.amount != null ? (
              <p className="timeline__detail" data-testid="timeline-amount">
                {t('eServices.timeline.amount', {
                  amount: formatMoney(event.amount, currency, format.locale),
                })}
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
            {event.comment ? (
              <blockquote className="timeline__comment" dir="auto">
                {event.comment}
              </blockquote>
            ) : null}
            <AttachmentList attachments={attachments.filter((a) => a.eventId === event.id)} />
          </div>
        </li>
      ))}
    </ol>
  );
}
