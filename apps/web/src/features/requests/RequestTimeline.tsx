import { messages, type Messages } from '@citydesk/i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { StatusBadge } from '../../ui/index.ts';
import { AttachmentList } from './AttachmentList.tsx';
import type { AttachmentFields, TimelineEventFields } from './types.ts';
import './RequestTimeline.css';

type ReasonCode = keyof Messages['reason'];
const isReasonCode = (code: string): code is ReasonCode => code in messages.en.reason;

/**
 * Every step of a request or an application, oldest first, with who did it and what they wrote;
 * `details` adds what a kind of step carries beyond that (an amount, a result date…).
 */
export function RequestTimeline<E extends TimelineEventFields>({
  events,
  attachments = [],
  details,
  testId = 'request-timeline',
}: {
  events: readonly E[];
  /** Files of the request; each shows under the step it came with. */
  attachments?: readonly AttachmentFields[];
  details?: (event: E) => ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <p className="timeline-empty">{t('request.timelineEmpty')}</p>;
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const eventIds = new Set(events.map((e) => e.id));
  const loose = attachments.filter((a) => !a.eventId || !eventIds.has(a.eventId));
  return (
    <>
      <ol className="timeline" data-testid={testId}>
        {ordered.map((event, index) => (
          <li
            key={event.id}
            className={['timeline__item', index === ordered.length - 1 ? 'timeline__item--latest' : ''].join(
              ' ',
            )}
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
                    ? t('request.actor', {
                        name: isolate(event.actorName),
                        role: t(`role.${event.actorRole}`),
                      })
                    : event.actorName}
                </p>
              ) : null}
              {event.contractorName ? (
                <p className="timeline__detail" data-testid="timeline-contractor">
                  {t('request.eventContractor', { name: isolate(event.contractorName) })}
                  {event.assigneeName
                    ? ` · ${t('request.eventWorker', { name: isolate(event.assigneeName) })}`
                    : ''}
                </p>
              ) : null}
              {event.organizationName ? (
                <p className="timeline__detail">
                  {t('request.eventCompany', { name: isolate(event.organizationName) })}
                </p>
              ) : null}
              {event.rating ? (
                <p className="timeline__detail" data-testid="timeline-rating">
                  {t('request.ratingValue', { rating: format.number(event.rating) })}
                </p>
              ) : null}
              {details?.(event)}
              {event.type === 'AUTO_CLOSED' ? (
                <p className="timeline__note" data-testid="auto-closed-note">
                  {t('request.autoClosed')}
                  {event.reopenUntil
                    ? ` ${t('autoClose.timelineUntil', { date: format.dateTime(event.reopenUntil) })}`
                    : ''}
                </p>
              ) : null}
              {event.reasonCode && isReasonCode(event.reasonCode) ? (
                <p className="timeline__reason" data-testid="timeline-reason" data-reason={event.reasonCode}>
                  {t('request.reasonLabel', { reason: t(`reason.${event.reasonCode}`) })}
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
      {loose.length > 0 ? (
        <div className="timeline__loose">
          <p className="timeline__title">{t('request.attachments')}</p>
          <AttachmentList attachments={loose} />
        </div>
      ) : null}
    </>
  );
}
