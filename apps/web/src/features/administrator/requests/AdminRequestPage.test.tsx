import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AdminRequestDocument, type AdminRequestQuery } from '../../../gql/administrator/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { AdminRequestPage } from './AdminRequestPage.tsx';

const request = {
  __typename: 'Request',
  id: 'r-1',
  number: 'KZN-2026-000123',
  status: 'IN_PROGRESS',
  priority: 'NORMAL',
  overdue: true,
  deadlineAt: '2026-11-26T09:00:00Z',
  createdAt: '2026-11-25T09:00:00Z',
  address: 'Baumana St, 7',
  premisesNumber: '12',
  commonArea: null,
  channel: 'WEB',
  description: 'Water comes through the ceiling after rain',
  contactName: 'Aliya Safina',
  contactPhone: '+79175551234',
  category: { __typename: 'ServiceCategory', id: 'c-1', name: 'Roof leak', isEmergency: false },
  organization: { __typename: 'Organization', id: 'o-1', name: 'ZhilService' },
  contractor: { __typename: 'Organization', id: 'o-2', name: 'AkvaService' },
  attachments: [],
  timeline: [
    {
      __typename: 'RequestEvent',
      id: 'e-1',
      type: 'FILED',
      createdAt: '2026-11-25T09:00:00Z',
      fromStatus: null,
      toStatus: 'NEW',
      comment: null,
      reasonCode: null,
      contractorName: null,
      assigneeName: null,
      organizationName: null,
      rating: null,
      reopenUntil: null,
      actorName: 'Aliya Safina',
      actorRole: 'RESIDENT',
    },
  ],
} as unknown as NonNullable<AdminRequestQuery['request']>;

const renderPage = (answer: AdminRequestQuery['request']) =>
  renderWithProviders(
    <Routes>
      <Route path="/admin/requests/:id" element={<AdminRequestPage />} />
    </Routes>,
    {
      route: '/admin/requests/r-1',
      mocks: [
        {
          request: { query: AdminRequestDocument, variables: { id: 'r-1' } },
          result: { data: { request: answer } },
        },
      ],
    },
  );

describe('AdminRequestPage', () => {
  it('shows the request’s facts and its timeline', async () => {
    renderPage(request);
    expect(await screen.findByRole('heading', { level: 1, name: /KZN-2026-000123/ })).toBeInTheDocument();
    expect(screen.getByText('Water comes through the ceiling after rain')).toBeInTheDocument();
    expect(screen.getByTestId('request-timeline')).toHaveTextContent('Aliya Safina');
  });

  it('says the request was not found when the API answers null', async () => {
    renderPage(null);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Nothing was found. It may have been removed or you may not have access to it.',
      }),
    ).toBeInTheDocument();
  });
});
