import { useQuery } from '@apollo/client/react';
import { nativeLanguageNames } from '@citydesk/i18n';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OutboxDocument, type NotificationStatus } from '../../gql/administrator/graphql.ts';
import { describeError } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  Select,
  Table,
  type BadgeTone,
} from '../../ui/index.ts';
import { RetryNotificationButton } from './RetryNotificationButton.tsx';
import './OutboxPage.css';

const statuses: NotificationStatus[] = ['PENDING', 'SENT', 'FAILED'];
const statusTone: Record<NotificationStatus, BadgeTone> = {
  PENDING: 'warning',
  SENT: 'success',
  FAILED: 'danger',
};
const LIMIT = 100;

/**
 * The administrator's view of outgoing e-mails and SMS: who, in which language, what, whether it left, when
 * a failing one is tried next, and Retry for one that ran out of tries.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<NotificationStatus | ''>('');
  const [expanded, setExpanded] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(OutboxDocument, {
    variables: { first: LIMIT, ...(status ? { status } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const messages = data?.outbox ?? [];

  return (
    <>
      <PageHeader
        title={t('admin.outbox.title')}
        description={t('admin.outbox.intro')}
        actions={
          <Button variant="secondary" size="sm" onClick={() => void refetch()} loading={loading && !!data}>
            {t('admin.outbox.refresh')}
          </Button>
        }
      />
      <Card>
        <div className="outbox__filters">
          <Select
            label={t('admin.outbox.filter')}
            required={false}
            value={status}
            onChange={(event) => setStatus(event.target.value as NotificationStatus | '')}
            data-testid="outbox-status-filter"
          >
            <option value="">{t('admin.outbox.allStatuses')}</option>
            {statuses.map((value) => (
              <option key={value} value={value}>
                {t(`admin.outbox.status.${value}`)}
              </option>
            ))}
          </Select>
        </div>
        {status === 'FAILED' ? <p className="outbox__hint">{t('admin.outbox.failedHint')}</p> : null}
        {error && !data ? (
          <ErrorState message={describeError(error, t).message} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <LoadingState />
        ) : messages.length === 0 ? (
          <EmptyState
            title={status ? t('admin.outbox.emptyFilteredTitle') : t('admin.outbox.emptyTitle')}
            text={t('admin.outbox.emptyText')}
          />
        ) : (
          <Table
            caption={t('admin.outbox.caption')}
            className="outbox__table"
            head={
              <tr>
                <th scope="col">{t('admin.outbox.to')}</th>
                <th scope="col">{t('admin.outbox.language')}</th>
                <th scope="col">{t('admin.outbox.subject')}</th>
                <th scope="col">{t('admin.outbox.statusLabel')}</th>
                <th scope="col">{t('admin.outbox.attempts')}</th>
                <th scope="col">{t('admin.outbox.created')}</th>
                <th scope="col">{t('admin.outbox.sent')}</th>
              </tr>
            }
          >
            {messages.map((message) => {
              const open = expanded === message.id;
              const bodyId = `outbox-body-${message.id}`;
              return (
                <Fragment key={message.id}>
                  <tr data-testid="outbox-row" data-status={message.status}>
                    <td>
                      <bdi dir="ltr">{message.to}</bdi>
                    </td>
                    <td>
                      <bdi>{nativeLanguageNames[message.locale]}</bdi>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="outbox__toggle"
                        aria-expanded={open}
                        aria-controls={bodyId}
                        data-testid="outbox-toggle"
                        onClick={() => setExpanded(open ? null : message.id)}
                      >
                        <bdi>{message.subject}</bdi>
                      </button>
                    </td>
                    <td>
                      <Badge tone={statusTone[message.status]} data-testid="outbox-status">
                        {t(`admin.outbox.status.${message.status}`)}
                      </Badge>
                      {message.lastError ? (
                        <span className="outbox__error" data-testid="outbox-error">
                          <bdi dir="ltr">{message.lastError}</bdi>
                        </span>
                      ) : null}
                      {message.viewerCanRetry ? (
                        <span className="outbox__action">
                          <RetryNotificationButton message={message} />
                        </span>
                      ) : null}
                    </td>
                    <td>{format.number(message.attempts)}</td>
                    <td>
                      <time dateTime={message.createdAt}>{format.compactDateTime(message.createdAt)}</time>
                    </td>
                    <td>
                      {message.sentAt ? (
                        <time dateTime={message.sentAt}>{format.compactDateTime(message.sentAt)}</time>
                      ) : message.nextAttemptAt ? (
                        <span className="outbox__muted">
                          {t('admin.outbox.nextAttempt', {
                            time: format.compactDateTime(message.nextAttemptAt),
                          })}
                        </span>
                      ) : (
                        <span className="outbox__muted">{t('admin.outbox.notSent')}</span>
                      )}
                    </td>
                  </tr>
                  {open ? (
                    <tr className="outbox__body-row">
                      <td colSpan={7} id={bodyId} data-testid="outbox-body">
                        <pre className="outbox__body" dir="auto">
                          {message.body}
                        </pre>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table>
        )}
      </Card>
    </>
  );
}
