import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RouteRequestDocument } from '../../gql/administrator/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { RouteForm } from './RouteForm.tsx';

const companies = [
  { id: 'o1', name: 'УК Приволжье' },
  { id: 'o2', name: 'ТСЖ Солнечный' },
];
const request = { id: 'r1', number: 'KZN-2026-000005', version: 1 };

describe('RouteForm', () => {
  it('requires a company, then routes the request to it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RouteForm request={request} companies={companies} />, {
      mocks: [
        {
          request: {
            query: RouteRequestDocument,
            variables: { input: { requestId: 'r1', version: 1, organizationId: 'o2' } },
          },
          result: {
            data: {
              routeRequest: {
                __typename: 'Request',
                id: 'r1',
                number: 'KZN-2026-000005',
                status: 'ROUTED',
                organization: { __typename: 'Organization', id: 'o2', name: 'ТСЖ Солнечный' },
              },
            },
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Route to company' }));
    expect(screen.getByRole('alert')).toHaveTextContent('This field is required.');
    await user.selectOptions(screen.getByRole('combobox', { name: /Management company for/ }), 'o2');
    await user.click(screen.getByRole('button', { name: 'Route to company' }));
    expect(await screen.findByText(/has been routed to/)).toHaveTextContent('ТСЖ Солнечный');
  });
});
