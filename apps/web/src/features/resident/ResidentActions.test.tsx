import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { formatDateTime, type Locale } from '@citydesk/i18n';
import {
  RejectWorkDocument,
  ReopenRequestDocument,
  type ResidentRequestDetailFragment,
} from '../../gql/resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { ResidentActions } from './ResidentActions.tsx';

const can = {
  __typename: 'RequestViewerCan' as const,
  cancel: false,
  confirm: false,
  reject: false,
  reopen: false,
  reopenUntil: null as string | null,
};

function detail(over: Partial<ResidentRequestDetailFragment> = {}): ResidentRequestDetailFragment {
  // With __typename, as the API sends it (the generated types leave it out).
  return {
    __typename: 'Request',
    id: 'r1',
    number: 'KZN-2026-000001',
    status: 'VERIFIED',
    priority: 'NORMAL',
    overdue: false,
    deadlineAt: '2026-11-27T09:00:00.000Z',
    createdAt: '2026-11-25T09:00:00.000Z',
    address: 'ул. Баумана, 12',
    premisesNumber: '45',
    commonArea: null,
    category: { __typename: 'ServiceCategory', id: 'c1', name: 'Heating', isEmergency: false },
    channel: 'WEB',
    description: 'The radiator leaks.',
    contactName: 'Alsu',
    contactPhone: '+7 900 000-00-00',
    version: 7,
    closedAt: null,
    reopenUntil: null,
    rating: null,
    ratingComment: null,
    viewerCan: can,
    organization: null,
    contractor: null,
    attachments: [],
    timeline: [],
    ...over,
  } as unknown as ResidentRequestDetailFragment;
}

const timeZone = 'Europe/Moscow';
const render = (request: ResidentRequestDetailFragment, mocks: never[] = [], locale: Locale = 'en') =>
  renderWithProviders(<ResidentActions request={request} onStale={() => {}} />, {
    viewer: residentViewer,
    mocks,
    locale,
    session: { timeZone },
  });

describe('ResidentActions', () => {
  it('shows exactly the actions viewerCan allows', () => {
    const { unmount } = render(detail({ viewerCan: { ...can, cancel: true }, status: 'ROUTED' }));
    expect(screen.getByTestId('cancel-request')).toBeInTheDocument();
    expect(screen.queryByTestId('confirm-work')).toBeNull();
    expect(screen.queryByTestId('reject-work')).toBeNull();
    unmount();

    render(detail({ viewerCan: { ...can, confirm: true, reject: true } }));
    expect(screen.getByTestId('confirm-work')).toBeInTheDocument();
    expect(screen.getByTestId('reject-work')).toBeInTheDocument();
    expect(screen.queryByTestId('cancel-request')).toBeNull();
    expect(screen.queryByTestId('rating-form')).toBeNull();
  });

  it('shows nothing when the viewer may do nothing, and the rating form once closed', () => {
    const { unmount } = render(detail({ status: 'IN_PROGRESS' }));
    expect(screen.queryByTestId('resident-actions')).toBeNull();
    unmount();
    render(detail({ status: 'CLOSED' }));
    expect(screen.getByTestId('rating-form')).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('radio', { name: '4 of 5' })).toBeInTheDocument();
  });

  it('asks for a comment when the reason for rejecting is OTHER, then sends it', async () => {
    const user = userEvent.setup();
    const mocks = [
      {
        request: {
          query: RejectWorkDocument,
          variables: {
            input: { requestId: 'r1', version: 7, reasonCode: 'OTHER', comment: 'Paint is missing' },
          },
        },
        result: { data: { rejectWork: detail({ status: 'REOPENED' }) } },
      },
    ] as never[];
    render(detail({ viewerCan: { ...can, confirm: true, reject: true } }), mocks);
    await user.click(screen.getByTestId('reject-work'));
    const form = screen.getByTestId('reject-form');

    await user.click(within(form).getByRole('button', { name: 'Reject the work' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('This field is required.');

    await user.click(within(form).getByRole('radio', { name: 'Other reason' }));
    await user.click(within(form).getByRole('button', { name: 'Reject the work' }));
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: /Comment/ })).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('This field is required.');

    await user.type(within(form).getByRole('textbox', { name: /Comment/ }), 'Paint is missing');
    await user.click(within(form).getByRole('button', { name: 'Reject the work' }));
    expect(await screen.findByText(/has been reopened/)).toBeInTheDocument();
  });

  it('does not require a comment for the other reasons', async () => {
    const user = userEvent.setup();
    render(detail({ viewerCan: { ...can, reject: true } }));
    await user.click(screen.getByTestId('reject-work'));
    const form = screen.getByTestId('reject-form');
    await user.click(within(form).getByRole('radio', { name: 'Poor quality of work' }));
    expect(within(form).getByRole('textbox', { name: /Comment/ })).not.toBeRequired();
    await user.click(within(form).getByRole('radio', { name: 'Other reason' }));
    expect(within(form).getByRole('textbox', { name: /Comment/ })).toBeRequired();
  });

  describe('a request closed without the resident’s confirmation', () => {
    const until = '2026-12-12T14:00:00.000Z';
    const closed = (reopen: boolean) =>
      detail({
        status: 'CLOSED_UNCONFIRMED',
        closedAt: '2026-11-28T14:00:00.000Z',
        reopenUntil: until,
        viewerCan: { ...can, reopen, reopenUntil: reopen ? until : null },
      });
    const reopened = (reasonCode: string, comment: string | null) => ({
      request: {
        query: ReopenRequestDocument,
        variables: { input: { requestId: 'r1', version: 7, reasonCode, comment } },
      },
    });

    it('says so, offers to reopen it until the deadline, and offers no rating', () => {
      render(closed(true));
      const panel = screen.getByTestId('closed-unconfirmed');
      expect(within(panel).getByText('Closed without your confirmation')).toBeInTheDocument();
      expect(within(panel).getByTestId('reopen-until')).toHaveTextContent(
        `you can reopen the request until ${formatDateTime(until, 'en', { timeZone })}`,
      );
      expect(within(panel).getByRole('button', { name: 'Reopen the request' })).toBeInTheDocument();
      expect(screen.queryByTestId('rating-form')).toBeNull();
      expect(screen.queryByTestId('confirm-work')).toBeNull();
    });

    it.each(['ru', 'fa', 'az', 'kk'] as const)(
      'gives the deadline in %s with the app’s formatter',
      (locale) => {
        render(closed(true), [], locale);
        expect(screen.getByTestId('reopen-until')).toHaveTextContent(
          formatDateTime(until, locale, { timeZone }),
        );
        if (locale === 'fa') expect(screen.getByTestId('reopen-until').textContent).toMatch(/[۰-۹]/);
      },
    );

    it('reopens it with what is still wrong, asking for a comment for “Other”', async () => {
      const user = userEvent.setup();
      const mocks = [
        {
          ...reopened('OTHER', 'Still drips'),
          result: { data: { reopenRequest: detail({ status: 'REOPENED' }) } },
        },
      ] as never[];
      render(closed(true), mocks);
      await user.click(screen.getByRole('button', { name: 'Reopen the request' }));
      const form = screen.getByTestId('reopen-form');
      expect(within(form).getByRole('group', { name: 'What is still wrong?' })).toBeInTheDocument();
      await user.click(within(form).getByRole('radio', { name: 'Other reason' }));
      await user.click(within(form).getByRole('button', { name: 'Reopen the request' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent('This field is required.');
      await user.type(within(form).getByRole('textbox', { name: /Comment/ }), 'Still drips');
      await user.click(within(form).getByRole('button', { name: 'Reopen the request' }));
      expect(await screen.findByText(/KZN-2026-000001.*has been reopened/)).toBeInTheDocument();
    });

    it('shows the server’s refusal once the window has passed', async () => {
      const user = userEvent.setup();
      const refusal = 'This request can no longer be reopened: the time to reopen it ended on 12 December.';
      const mocks = [
        {
          ...reopened('NOT_DONE', null),
          result: { errors: [{ message: refusal, extensions: { code: 'REOPEN_WINDOW_CLOSED' } }] },
        },
      ] as never[];
      render(closed(true), mocks);
      await user.click(screen.getByRole('button', { name: 'Reopen the request' }));
      const form = screen.getByTestId('reopen-form');
      await user.click(within(form).getByRole('radio', { name: 'The work was not done' }));
      await user.click(within(form).getByRole('button', { name: 'Reopen the request' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent(refusal);
    });

    it('offers no reopening when viewerCan says the closure is final', () => {
      render(closed(false));
      expect(screen.getByTestId('closed-unconfirmed')).toBeInTheDocument();
      expect(screen.getByTestId('reopen-final')).toHaveTextContent('The time to reopen it has passed');
      expect(screen.queryByRole('button', { name: 'Reopen the request' })).toBeNull();
    });
  });
});
