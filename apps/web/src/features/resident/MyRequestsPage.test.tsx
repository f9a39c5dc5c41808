import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyRequestsDocument } from '../../gql/resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { MyRequestsPage } from './MyRequestsPage.tsx';

const request = (over: Record<string, unknown>) => ({
  __typename: 'Request',
  id: 'r1',
  number: 'KZN-2026-000001',
  status: 'ROUTED',
  priority: 'NORMAL',
  overdue: false,
  deadlineAt: '2026-11-27T09:00:00.000Z',
  createdAt: '2026-11-25T09:00:00.000Z',
  address: 'ул. Баумана, 12',
  premisesNumber: '45',
  commonArea: null,
  category: { __typename: 'ServiceCategory', id: 'c1', name: 'Heating', isEmergency: false },
  ...over,
});

const mock = (myRequests: unknown[]) => ({
  request: { query: MyRequestsDocument },
  result: { data: { myRequests } },
});

describe('MyRequestsPage', () => {
  it('lists requests newest first with number, category, status and deadline', async () => {
    renderWithProviders(<MyRequestsPage />, {
      viewer: residentViewer,
      mocks: [
        mock([
          request({}),
          request({
            id: 'r2',
            number: 'KZN-2026-000002',
            status: 'IN_PROGRESS',
            overdue: true,
            createdAt: '2026-11-26T09:00:00.000Z',
            deadlineAt: '2026-11-20T09:00:00.000Z',
            category: { __typename: 'ServiceCategory', id: 'c2', name: 'Burst pipe', isEmergency: true },
            premisesNumber: null,
            commonArea: 'BASEMENT',
          }),
        ]),
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'My requests' })).toBeInTheDocument();
    const rows = await screen.findAllByTestId('request-row');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'KZN-2026-000002',
      'KZN-2026-000001',
    ]);
    expect(within(rows[0]!).getByTestId('status-badge')).toHaveTextContent('In progress');
    expect(within(rows[0]!).getByTestId('overdue-badge')).toHaveTextContent('Overdue');
    expect(within(rows[0]!).getByTestId('emergency-badge')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Basement')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/^overdue by/)).toBeInTheDocument();
    // Data inside translated text is wrapped in Unicode isolates (bidi); compare without them.
    const withoutIsolates = (text: string) => text.replace(/[\u2066-\u2069]/g, '').trim();
    expect(within(rows[1]!).getByText('Premises 45', { normalizer: withoutIsolates })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/resident/requests/r1');
    expect(within(rows[1]!).queryByTestId('overdue-badge')).toBeNull();
  });

  it('formats the deadline in the Persian calendar with Persian digits for fa', async () => {
    renderWithProviders(<MyRequestsPage />, {
      locale: 'fa',
      viewer: residentViewer,
      mocks: [mock([request({})])],
    });
    const row = await screen.findByTestId('request-row');
    const time = row.querySelector('time');
    // 27 Nov 2026 is 6 Azar 1405 in the Solar Hijri calendar; the table leaves out the year, the tooltip has it.
    expect(time?.textContent).toContain('آذر');
    expect(time?.textContent).toMatch(/[۰-۹]/);
    expect(time?.textContent).not.toMatch(/[0-9]/);
    expect(time?.getAttribute('title')).toContain('۱۴۰۵');
    expect(within(row).getByTestId('status-badge')).toHaveTextContent('ارجاع‌شده به شرکت مدیریت');
  });

  it('shows an empty state with a way to file the first request', async () => {
    renderWithProviders(<MyRequestsPage />, { viewer: residentViewer, mocks: [mock([])] });
    expect(await screen.findByText('You have no requests yet')).toBeInTheDocument();
    expect(screen.queryAllByTestId('request-row')).toHaveLength(0);
    expect(screen.getAllByRole('link', { name: 'New request' }).length).toBeGreaterThan(0);
  });

  it('offers a retry when the list cannot be loaded', async () => {
    renderWithProviders(<MyRequestsPage />, {
      viewer: residentViewer,
      mocks: [{ request: { query: MyRequestsDocument }, error: new TypeError('Failed to fetch') }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('No connection to the server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
