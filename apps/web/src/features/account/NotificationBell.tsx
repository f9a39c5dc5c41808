import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/account/graphql.ts';
import { useFormat } from '../../lib/format.ts';
import { Button, IconBell, LoadingState } from '../../ui/index.ts';
import { onLiveEvent } from './liveSignal.ts';
import './NotificationBell.css';

const LATEST = 20;

/** The bell in the top bar: unread count, the latest notifications, "mark all as read". Live via the role's socket. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const countQuery = useQuery(UnreadNotificationCountDocument, { fetchPolicy: 'cache-and-network' });
  const listQuery = useQuery(MyNotificationsDocument, {
    variables: { first: LATEST },
    skip: !open,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, markState] = useMutation(MarkNotificationsReadDocument);

  const refetchCount = countQuery.refetch;
  const refetchList = listQuery.refetch;
  useEffect(
    () =>
      onLiveEvent(() => {
        void refetchCount().catch(() => undefined);
        if (open) void refetchList().catch(() => undefined);
      }),
    [open, refetchCount, refetchList],
  );

  // Close on Escape (focus back to the bell) and on a click outside.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const count = countQuery.data?.unreadNotificationCount ?? 0;
  const items = listQuery.data?.myNotifications ?? [];
  const label = count > 0 ? t('bell.unread', { count }) : t('bell.noneUnread');

  async function markAllRead() {
    await markRead().catch(() => undefined);
    await Promise.all([
      refetchCount().catch(() => undefined),
      open ? refetchList().catch(() => undefined) : undefined,
    ]);
  }

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${t('common.notifications')}. ${label}`}
        data-testid="notification-bell"
        onClick={() => setOpen((value) => !value)}
      >
        <IconBell size={20} />
        {count > 0 ? (
          <span className="bell__badge" data-testid="notification-badge" aria-label={label}>
            {format.number(count)}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          className="bell__panel"
          role="region"
          aria-label={t('common.notifications')}
          data-testid="notification-panel"
        >
          <div className="bell__head">
            <h2 className="bell__title">{t('common.notifications')}</h2>
            <Button
              variant="ghost"
              size="sm"
              onClick={() => void markAllRead()}
              loading={markState.loading}
              disabled={count === 0}
              data-testid="notification-mark-all"
            >
              {t('bell.markAllRead')}
            </Button>
          </div>
          {listQuery.loading && items.length === 0 ? (
            <LoadingState />
          ) : items.length === 0 ? (
            <p className="bell__empty">{t('bell.empty')}</p>
          ) : (
            <ul className="bell__list">
              {items.map((item) => {
                const unread = !item.readAt;
                const inner = (
                  <>
                    <span className="bell__subject">
                      {unread ? <span className="visually-hidden">{t('bell.unreadMark')}: </span> : null}
                      <bdi>{item.subject}</bdi>
                    </span>
                    <span className="bell__body">
                      <bdi>{item.body}</bdi>
                    </span>
                    <time
                      className="bell__time"
                      dateTime={item.createdAt}
                      title={format.dateTime(item.createdAt)}
                    >
                      {format.ago(item.createdAt)}
                    </time>
                  </>
                );
                return (
                  <li
                    key={item.id}
                    className={['bell__item', unread ? 'bell__item--unread' : ''].filter(Boolean).join(' ')}
                    data-testid="notification-item"
                    data-unread={unread || undefined}
                  >
                    {item.path ? (
                      <Link to={item.path} className="bell__link" onClick={() => setOpen(false)}>
                        {inner}
                      </Link>
                    ) : (
                      <div className="bell__link">{inner}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
