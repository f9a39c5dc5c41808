import { formatMoney } from '@citydesk/i18n';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render.tsx';
import { DemoPayPage } from './DemoPayPage.tsx';

const ref = 'demo_0123456789abcdef0123456789abcdef';
const checkout = {
  amount: 250000,
  currency: 'KZT',
  description: 'AST-2026-000042',
  status: 'PENDING',
  returnPath: '/applications/app-42',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function Where() {
  return <output data-testid="location">{useLocation().pathname}</output>;
}

function renderPay() {
  return renderWithProviders(
    <Routes>
      <Route path="/pay/demo/:ref" element={<DemoPayPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { route: `/pay/demo/${ref}` },
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DemoPayPage', () => {
  it('pays: posts the succeed outcome, shows the result and returns to the application', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? json({ status: 'SUCCEEDED', returnPath: checkout.returnPath })
        : json(checkout),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderPay();

    expect((await screen.findByTestId('demo-pay-amount')).textContent).toBe(formatMoney(250000, 'KZT', 'en'));
    expect(screen.getByText('Application \u2068AST-2026-000042\u2069')).toBeInTheDocument();
    expect(screen.getByText('Demo — no real money is charged')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith(`/payments/demo/${ref}`, expect.anything());

    await user.click(screen.getByRole('button', { name: 'Pay' }));
    const result = await screen.findByTestId('demo-pay-result');
    expect(result).toHaveTextContent('Payment completed');
    expect(result).toHaveAttribute('role', 'status');
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe(`/payments/demo/${ref}`);
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ outcome: 'succeed' });
    expect(screen.queryByRole('button', { name: 'Pay' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the application' })).toHaveAttribute(
      'href',
      '/applications/app-42',
    );

    expect(await screen.findByTestId('location', {}, { timeout: 3000 })).toHaveTextContent(
      '/applications/app-42',
    );
  });

  it('shows pending buttons while the provider answers', async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init?: RequestInit) =>
        init?.method === 'POST'
          ? new Promise<Response>((resolve) => (answer = resolve))
          : Promise.resolve(json(checkout)),
      ),
    );
    const user = userEvent.setup();
    renderPay();
    await user.click(await screen.findByRole('button', { name: 'Decline' }));
    expect(screen.getByTestId('demo-pay-fail')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('demo-pay-succeed')).toBeDisabled();
    answer(json({ status: 'FAILED', returnPath: checkout.returnPath }));
    expect(await screen.findByTestId('demo-pay-result')).toHaveTextContent('Payment declined');
  });

  it('says an already settled payment is settled and links back without buttons', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...checkout, status: 'SUCCEEDED' })),
    );
    renderPay();
    expect(await screen.findByTestId('demo-pay-result')).toHaveTextContent(
      'This payment has already been made.',
    );
    expect(screen.queryByRole('button', { name: 'Pay' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the application' })).toHaveAttribute(
      'href',
      '/applications/app-42',
    );
  });
});
