import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { FindRequestByNumberDocument } from '../../gql/staff/graphql.ts';
import { renderWithProviders, type RenderOptions } from '../../test/render.tsx';
import { RequestNumberSearch } from './RequestNumberSearch.tsx';

function renderSearch(mocks: RenderOptions['mocks'] = [], locale: RenderOptions['locale'] = 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/" element={<RequestNumberSearch />} />
      <Route path="/requests/:id" element={<h1>request page</h1>} />
    </Routes>,
    { mocks, locale },
  );
}

const found = (number: string, id: string | null) => ({
  request: { query: FindRequestByNumberDocument, variables: { number } },
  result: { data: { requestByNumber: id ? { __typename: 'Request' as const, id } : null } },
});

describe('RequestNumberSearch', () => {
  it('opens the request a number names, typed with Persian digits too', async () => {
    const user = userEvent.setup();
    renderSearch([found('kzn-2026-000123', 'r-1')], 'fa');
    await user.type(screen.getByRole('searchbox'), 'kzn-۲۰۲۶-۰۰۰۱۲۳{Enter}');
    expect(await screen.findByRole('heading', { name: 'request page' })).toBeInTheDocument();
  });

  it('says so when no request with that number is open to the reader', async () => {
    const user = userEvent.setup();
    renderSearch([found('KZN-2026-000999', null)]);
    await user.type(screen.getByLabelText('Find a request by its number'), 'KZN-2026-000999');
    await user.click(screen.getByRole('button', { name: 'Find the request' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /No request .*KZN-2026-000999.* that you can open\./,
    );
    expect(screen.getByRole('searchbox')).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses what is not a request number without asking the server', async () => {
    const user = userEvent.setup();
    renderSearch([]);
    await user.type(screen.getByRole('searchbox'), 'Baumana 7{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The value does not have the expected format.',
    );
  });
});
