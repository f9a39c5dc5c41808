// Small pieces every request table and detail view shares: where, how urgent, by when.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import { Badge, IconAlert, IconClock } from '../../ui/index.ts';
import {
  finishedStatuses,
  type RequestChannel,
  type RequestLocationFields,
  type RequestSummaryFields,
} from './types.ts';
import './RequestBits.css';

/** "ул. Баумана, 12 · Помещение 45" or "… · Крыша". */
export function useLocationText() {
  const { t } = useTranslation();
  return (request: RequestLocationFields) => {
    const place = request.premisesNumber
      ? t('request.premises', { number: isolate(request.premisesNumber) })
      : request.commonArea
        ? t(`commonArea.${request.commonArea}`)
        : null;
    return { address: request.address, place };
  };
}

export function LocationText({ request }: { request: RequestLocationFields }) {
  const location = useLocationText()(request);
  return (
    <span className="cell-stack">
      <bdi>{location.address}</bdi>
      {location.place ? <span className="cell-sub">{location.place}</span> : null}
    </span>
  );
}

/** Emergency (solid red) and high-priority badges; nothing for a normal request. */
export function PriorityBadges({
  request,
}: {
  request: Pick<RequestSummaryFields, 'priority' | 'category'>;
}) {
  const { t } = useTranslation();
  if (request.priority === 'EMERGENCY' || request.category.isEmergency) {
    return (
      <Badge tone="danger" solid icon={<IconAlert size={12} />} data-testid="emergency-badge">
        {t('request.emergency')}
      </Badge>
    );
  }
  if (request.priority === 'HIGH') return <Badge tone="warning">{t('priority.HIGH')}</Badge>;
  return null;
}

/** "By phone" for requests an operator filed for a caller; nothing for online ones. */
export function ChannelBadge({ channel }: { channel: RequestChannel }) {
  const { t } = useTranslation();
  if (channel !== 'PHONE') return null;
  return (
    <Badge tone="accent" data-testid="channel-badge" data-channel={channel}>
      {t('request.phoneBadge')}
    </Badge>
  );
}

export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge tone="danger" icon={<IconClock size={12} />} data-testid="overdue-badge">
      {t('request.overdue')}
    </Badge>
  );
}

/** The deadline as a date and, while the request is open, how far away it is. */
export function Deadline({
  request,
  compact = false,
}: {
  request: Pick<RequestSummaryFields, 'deadlineAt' | 'overdue' | 'status'>;
  /** Without the year, for tables. */
  compact?: boolean;
}) {
  const format = useFormat();
  const open = !finishedStatuses.has(request.status);
  return (
    <span className="cell-stack deadline">
      <time
        dateTime={request.deadlineAt}
        className="numeric"
        title={compact ? format.dateTime(request.deadlineAt) : undefined}
      >
        {compact ? format.compactDateTime(request.deadlineAt) : format.dateTime(request.deadlineAt)}
      </time>
      {open ? (
        <span
          className={
            request.overdue ? 'deadline__relative deadline__relative--overdue' : 'deadline__relative'
          }
        >
          {format.relative(request.deadlineAt)}
        </span>
      ) : null}
    </span>
  );
}

export function BadgeRow({ children }: { children: ReactNode }) {
  return <span className="badge-row">{children}</span>;
}
