import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MarkNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../gql/account/graphql.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { announceLiveEvent } from './liveSignal.ts';
import { NotificationBell } from './NotificationBell.tsx';

const countMock = (count: number) => ({
  request: { query: UnreadNotificationCountDocument },
  result: { data: { unreadNotificationCount: count } },
});

const notification = (id: string, readAt: string | null) => ({
  __typename: 'Notification' as const,
  id,
  subject: `Request KZN-${id}: work started`,
  body: `The contractor has started work on request KZN-${id}.`,
  eventType: 'STARTED',
  requestId: `r-${id}`,
  path: `/requests/r-${id}`,
  requestNumber: `KZN-${id}`,
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  readAt,
});

describe('NotificationBell', () => {
  it('hides the badge at zero and shows the new count after a live event refetches it', async () => {
    let firstLoaded = false;
    renderWithProviders(<NotificationBell />, {
      viewer: residentViewer,
      mocks: [
        {
          request: { query: UnreadNotificationCountDocument },
          result: () => {
            firstLoaded = true;
            return { data: { unreadNotificationCount: 0 } };
          },
        },
        countMock(3),
      ],
    });
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(firstLoaded).toBe(true));
    await waitFor(() => expect(bell).toHaveAccessibleName('Notifications. No unread notifications'));
    expect(screen.queryByTestId('notification-badge')).not.toBeInTheDocument();

    announceLiveEvent();
    const badge = await screen.findByTestId('notification-badge');
    expect(badge).toHaveTextContent('3');
    expect(badge).toHaveAttribute('aria-label', 'Unread notifications: 3');
    expect(bell).toHaveAccessibleName('Notifications. Unread notifications: 3');
  });

  it('lists the latest notifications, unread ones marked, each linking to its request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<NotificationBell />, {
      viewer: residentViewer,
      mocks: [
        countMock(1),
        {
          request: { query: MyNotificationsDocument, variables: { first: 20 } },
          result: {
            data: { myNotifications: [notification('1', null), notification('2', '2026-01-01T00:00:00Z')] },
          },
        },
      ],
    });
    await screen.findByTestId('notification-badge');
    await user.click(screen.getByTestId('notification-bell'));
    const items = await screen.findAllByTestId('notification-item');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[1]).not.toHaveAttribute('data-unread');
    expect(items[0]?.querySelector('a')).toHaveAttribute('href', '/requests/r-1');
    expect(items[0]).toHaveTextContent('5 minutes ago');
  });

  it('"mark all as read" calls the mutation and hides the badge', async () => {
    const user = userEvent.setup();
    let marked: unknown = null;
    renderWithProviders(<NotificationBell />, {
      viewer: residentViewer,
      mocks: [
        countMock(2),
        {
          request: { query: MyNotificationsDocument, variables: { first: 20 } },
          result: { data: { myNotifications: [notification('1', null), notification('2', null)] } },
        },
        {
          request: { query: MarkNotificationsReadDocument, variables: {} },
          result: (variables: unknown) => {
            marked = variables;
            return { data: { markNotificationsRead: 2 } };
          },
        },
        countMock(0),
        {
          request: { query: MyNotificationsDocument, variables: { first: 20 } },
          result: {
            data: {
              myNotifications: [
                notification('1', '2026-01-01T00:00:00Z'),
                notification('2', '2026-01-01T00:00:00Z'),
              ],
            },
          },
        },
      ],
    });
    await screen.findByTestId('notification-badge');
    await user.click(screen.getByTestId('notification-bell'));
    await screen.findAllByTestId('notification-item');
    await user.click(screen.getByTestId('notification-mark-all'));
    await waitFor(() => expect(marked).toEqual({}));
    await waitFor(() => expect(screen.queryByTestId('notification-badge')).not.toBeInTheDocument());
  });
});
