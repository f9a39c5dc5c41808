import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { OutboxDocument, RetryNotificationDocument } from '../../gql/administrator/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { OutboxPage } from './OutboxPage.tsx';

const message = {
  __typename: 'OutboxMessage' as const,
  id: 'm-1',
  channel: 'EMAIL',
  to: 'resident@demo.citydesk',
  locale: 'ru' as const,
  subject: 'Заявка KZN-1 принята',
  body: 'Ваша заявка KZN-1 зарегистрирована.',
  status: 'PENDING' as const,
  attempts: 0,
  lastError: null,
  nextAttemptAt: null,
  viewerCanRetry: false,
  createdAt: '2026-11-25T03:00:00Z',
  sentAt: null,
};

describe('OutboxPage', () => {
  it('lists e-mails with recipient, language, status and expands the body', async () => {
    const user = userEvent.setup();
    renderWithProviders(<OutboxPage />, {
      mocks: [
        {
          request: { query: OutboxDocument, variables: { first: 100 } },
          result: {
            data: {
              outbox: [
                message,
                {
                  ...message,
                  id: 'm-2',
                  status: 'FAILED',
                  attempts: 13,
                  lastError: 'connect ECONNREFUSED',
                  viewerCanRetry: true,
                },
              ],
            },
          },
        },
      ],
    });
    const rows = await screen.findAllByTestId('outbox-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('resident@demo.citydesk');
    expect(rows[0]).toHaveTextContent('Русский');
    expect(within(rows[0]!).getByTestId('outbox-status')).toHaveTextContent('Pending');
    expect(within(rows[1]!).getByTestId('outbox-status')).toHaveTextContent('Failed');
    expect(within(rows[1]!).getByTestId('outbox-error')).toHaveTextContent('connect ECONNREFUSED');

    expect(screen.queryByTestId('outbox-body')).not.toBeInTheDocument();
    await user.click(within(rows[0]!).getByTestId('outbox-toggle'));
    expect(screen.getByTestId('outbox-body')).toHaveTextContent('Ваша заявка KZN-1 зарегистрирована.');
  });

  it('explains the empty outbox and filters by status', async () => {
    const user = userEvent.setup();
    renderWithProviders(<OutboxPage />, {
      mocks: [
        { request: { query: OutboxDocument, variables: { first: 100 } }, result: { data: { outbox: [] } } },
        {
          request: { query: OutboxDocument, variables: { first: 100, status: 'SENT' } },
          result: {
            data: { outbox: [{ ...message, status: 'SENT', sentAt: '2026-11-25T03:01:00Z', attempts: 1 }] },
          },
        },
      ],
    });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveTextContent('The outbox is empty');
    expect(empty).toHaveTextContent('SMTP_URL');

    await user.selectOptions(screen.getByTestId('outbox-status-filter'), 'SENT');
    const rows = await screen.findAllByTestId('outbox-row');
    expect(rows).toHaveLength(1);
    expect(within(rows[0]!).getByTestId('outbox-status')).toHaveTextContent('Sent');
  });

  it('tells when a failing message is tried next, and retries one that ran out of tries', async () => {
    const user = userEvent.setup();
    const failed = {
      ...message,
      id: 'm-3',
      status: 'FAILED' as const,
      attempts: 13,
      lastError: '550 mailbox unavailable',
      viewerCanRetry: true,
    };
    const waiting = {
      ...message,
      id: 'm-4',
      attempts: 2,
      lastError: 'connect ECONNREFUSED',
      nextAttemptAt: '2026-11-25T03:04:00Z',
    };
    renderWithProviders(<OutboxPage />, {
      mocks: [
        {
          request: { query: OutboxDocument, variables: { first: 100 } },
          result: { data: { outbox: [failed, waiting] } },
        },
        {
          request: { query: RetryNotificationDocument, variables: { id: 'm-3' } },
          result: {
            data: {
              retryNotification: {
                __typename: 'OutboxMessage',
                id: 'm-3',
                status: 'PENDING',
                attempts: 0,
                lastError: '550 mailbox unavailable',
                nextAttemptAt: null,
                viewerCanRetry: false,
              },
            },
          },
        },
      ],
    });
    const rows = await screen.findAllByTestId('outbox-row');
    expect(rows[1]).toHaveTextContent('Next try');
    expect(within(rows[1]!).queryByRole('button', { name: /send the message/i })).not.toBeInTheDocument();
    expect(within(rows[0]!).getByTestId('outbox-error')).toHaveTextContent('550 mailbox unavailable');

    await user.click(
      within(rows[0]!).getByRole('button', {
        name: /send the message to .*resident@demo\.citydesk.* again/i,
      }),
    );
    expect(await screen.findByTestId('toast')).toHaveTextContent('back in the outbox');
    expect(within(rows[0]!).getByTestId('outbox-status')).toHaveTextContent('Pending');
    expect(within(rows[0]!).queryByRole('button', { name: /send the message/i })).not.toBeInTheDocument();
  });

  it('explains the schedule when failed messages are shown', async () => {
    const user = userEvent.setup();
    renderWithProviders(<OutboxPage />, {
      mocks: [
        { request: { query: OutboxDocument, variables: { first: 100 } }, result: { data: { outbox: [] } } },
        {
          request: { query: OutboxDocument, variables: { first: 100, status: 'FAILED' } },
          result: { data: { outbox: [] } },
        },
      ],
    });
    await screen.findByTestId('empty-state');
    expect(screen.queryByText(/growing pauses/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByTestId('outbox-status-filter'), 'FAILED');
    expect(await screen.findByText(/growing pauses, up to a day/)).toBeInTheDocument();
  });
});
