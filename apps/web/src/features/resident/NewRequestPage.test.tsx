import { ApolloLink } from '@apollo/client';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_HEADER } from '../../lib/idempotency.ts';
import { renderWithProviders, residentViewer } from '../../test/render.tsx';
import { NewRequestPage } from './NewRequestPage.tsx';

const options = {
  serviceCategories: [
    { __typename: 'ServiceCategory', id: 'c1', code: 'roof_leak', name: 'Roof leak', isEmergency: false },
  ],
  myPremises: [
    { __typename: 'ResidentPremises', id: 'p1', buildingId: 'b1', address: 'ул. Баумана, 12', number: '5' },
  ],
};

const filed = {
  __typename: 'Request',
  id: 'r1',
  number: 'KZN-2026-000001',
  status: 'ROUTED',
  priority: 'NORMAL',
  overdue: false,
  deadlineAt: '2026-11-28T09:00:00Z',
  createdAt: '2026-11-25T09:00:00Z',
  address: 'ул. Баумана, 12',
  premisesNumber: '5',
  commonArea: null,
  category: { __typename: 'ServiceCategory', id: 'c1', name: 'Roof leak', isEmergency: false },
};

interface Sent {
  key: string | undefined;
  description: string;
}

/**
 * Answers the form's query at once and each filing when the test says so (`answer`), recording the
 * Idempotency-Key every filing carried.
 */
function filingServer() {
  const filings: Sent[] = [];
  const pending: ((outcome: 'ok' | 'network') => void)[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        if (operation.operationName === 'NewRequestOptions') {
          observer.next({ data: options });
          observer.complete();
        } else if (operation.operationName === 'MyRequests') {
          observer.next({ data: { myRequests: [] } });
          observer.complete();
        } else if (operation.operationName === 'FileRequest') {
          const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
          filings.push({
            key: headers?.[IDEMPOTENCY_KEY_HEADER],
            description: (operation.variables['input'] as { description: string }).description,
          });
          pending.push((outcome) => {
            if (outcome === 'network') observer.error(new TypeError('Failed to fetch'));
            else {
              observer.next({ data: { fileRequest: filed } });
              observer.complete();
            }
          });
        } else observer.error(new Error(`unexpected ${operation.operationName}`));
      }),
  );
  return {
    link,
    filings,
    answer: (outcome: 'ok' | 'network') => {
      for (const settle of pending.splice(0)) settle(outcome);
    },
  };
}

async function fillIn(description: string) {
  const user = userEvent.setup();
  await user.selectOptions(await screen.findByRole('combobox', { name: /What needs repair/ }), 'c1');
  const text = screen.getByRole('textbox', { name: /Description of the problem/ });
  await user.clear(text);
  await user.type(text, description);
  const phone = screen.getByRole('textbox', { name: /Contact phone/ });
  if (!(phone as HTMLInputElement).value) await user.type(phone, '+7 917 555-12-34');
  return user;
}

describe('NewRequestPage', () => {
  it('sends one Idempotency-Key for a double submit, and disables the button while filing', async () => {
    const server = filingServer();
    renderWithProviders(<NewRequestPage />, {
      link: server.link,
      viewer: residentViewer,
      route: '/resident/new',
    });
    await fillIn('Water is dripping from the kitchen ceiling');
    const form = screen.getByTestId('new-request-form');

    // Two submits before the page re-renders (a double click, Enter pressed twice).
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(server.filings).toHaveLength(2));
    expect(screen.getByRole('button', { name: /Filing|File the request/ })).toBeDisabled();

    const [first, second] = server.filings;
    expect(first!.key).toMatch(/^"[0-9a-f-]{36}"$/);
    expect(second!.key).toBe(first!.key);
    server.answer('ok');
    // Both answers name the one request the API filed.
    expect((await screen.findAllByText(/KZN-2026-000001/)).length).toBeGreaterThan(0);
  }, 20_000);

  it('sends the same key again after a lost answer, and a fresh one for changed content', async () => {
    const server = filingServer();
    renderWithProviders(<NewRequestPage />, {
      link: server.link,
      viewer: residentViewer,
      route: '/resident/new',
    });
    const user = await fillIn('The radiator in the bedroom is cold');
    const send = screen.getByRole('button', { name: 'File the request' });

    await user.click(send);
    await waitFor(() => expect(server.filings).toHaveLength(1));
    server.answer('network');
    expect(await screen.findByRole('alert')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'File the request' }));
    await waitFor(() => expect(server.filings).toHaveLength(2));
    expect(server.filings[1]!.key).toBe(server.filings[0]!.key);
    server.answer('network');
    await waitFor(() => expect(screen.getByRole('button', { name: 'File the request' })).toBeEnabled());

    await fillIn('The radiator in the bedroom is cold since Monday');
    await user.click(screen.getByRole('button', { name: 'File the request' }));
    await waitFor(() => expect(server.filings).toHaveLength(3));
    expect(server.filings[2]!.key).not.toBe(server.filings[0]!.key);
    expect(server.filings[2]!.description).toBe('The radiator in the bedroom is cold since Monday');
  });
});
