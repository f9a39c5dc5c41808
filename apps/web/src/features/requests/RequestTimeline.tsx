import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { StatusBadge } from '../../ui/index.ts';
import type { TimelineEventFields } from './types.ts';
import './RequestTimeline.css';

/** Every step of a request, oldest first, with who did it and what they wrote. */
export function RequestTimeline({ events }: { events: readonly TimelineEventFields[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (events.length === 0) return <p className="timeline-empty">{t('request.timelineEmpty')}</p>;
  const ordered = [...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <ol className="timeline" data-testid="request-timeline">
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
                  ? t('request.actor', { name: isolate(event.actorName), role: t(`role.${event.actorRole}`) })
                  : event.actorName}
              </p>
            ) : null}
            {event.comment ? (
              <blockquote className="timeline__comment" dir="auto">
                {event.comment}
              </blockquote>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
