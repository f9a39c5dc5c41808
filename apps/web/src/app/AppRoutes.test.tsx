import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MyRequestEventsDocument, MyRequestsDocument } from '../gql/resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../test/render.tsx';
import { AppRoutes } from './AppRoutes.tsx';

const residentMocks = [
  { request: { query: MyRequestsDocument }, result: { data: { myRequests: [] } } },
  // The live subscription stays silent for the test.
  { request: { query: MyRequestEventsDocument }, result: { data: null }, delay: 1_000_000 },
];

describe('AppRoutes', () => {
  it('sends a visitor to the login page', async () => {
    renderWithProviders(<AppRoutes />, { route: '/dispatcher' });
    expect(await screen.findByTestId('login-form')).toBeInTheDocument();
  });

  it('loads the resident shell for a resident, behind the top bar', async () => {
    renderWithProviders(<AppRoutes />, { route: '/', viewer: residentViewer, mocks: residentMocks });
    expect(await screen.findByTestId('shell-resident')).toBeInTheDocument();
    expect(screen.getByTestId('current-role')).toHaveTextContent('Resident');
    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeInTheDocument();
  });

  it("sends a resident who opens the dispatcher's address home", async () => {
    renderWithProviders(<AppRoutes />, {
      route: '/dispatcher',
      viewer: residentViewer,
      mocks: residentMocks,
    });
    expect(await screen.findByTestId('shell-resident')).toBeInTheDocument();
    expect(screen.queryByTestId('shell-dispatcher')).toBeNull();
  });
});
