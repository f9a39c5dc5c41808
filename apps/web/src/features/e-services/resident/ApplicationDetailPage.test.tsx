import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MyApplicationDocument, StartPaymentDocument } from '../../../gql/e-services-resident/graphql.ts';
import { renderWithProviders, residentViewer } from '../../../test/render.tsx';
import { ApplicationDetailPage } from './ApplicationDetailPage.tsx';
import { application } from './fixtures.test-data.ts';
import { paymentNavigation } from './PaymentPanel.tsx';

const detailMock = (over: Record<string, unknown>) => ({
  request: { query: MyApplicationDocument, variables: { id: 'a1' } },
  result: { data: { application: application(over) } },
});

function renderDetail(mocks: unknown[], locale: 'en' | 'fa' = 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/resident/applications/:id" element={<ApplicationDetailPage />} />
    </Routes>,
    { viewer: residentViewer, route: '/resident/applications/a1', mocks: mocks as never, locale },
  );
}

afterEach(() => vi.restoreAllMocks());

describe('ApplicationDetailPage', () => {
  it('shows the facts and the answers labelled by the service definition', async () => {
    renderDetail([detailMock({})]);
    expect(await screen.findByRole('heading', { level: 1, name: /KZN-2026-000042/ })).toBeInTheDocument();
    expect(screen.getByTestId('status-badge')).toHaveTextContent('Registered');
    const answer = screen.getByTestId('answer-subscriberCode');
    expect(within(answer).getByText('Subscriber code')).toBeInTheDocument();
    expect(within(answer).getByText('AB-12345')).toBeInTheDocument();
    expect(screen.getByText('Water utility')).toBeInTheDocument();
  });

  it('offers to pay the amount due when payment is awaited, and opens the checkout', async () => {
    const assign = vi.spyOn(paymentNavigation, 'assign').mockImplementation(() => {});
    renderDetail([
      detailMock({
        status: 'AWAITING_PAYMENT',
        amountDue: 125050,
        viewerCan: { __typename: 'ApplicationViewerCan', pay: true, sign: false },
      }),
      {
        request: { query: StartPaymentDocument, variables: { applicationId: 'a1' } },
        result: {
          data: {
            startPayment: { __typename: 'PaymentCheckout', paymentId: 'p1', checkoutUrl: '/pay/demo/p1' },
          },
        },
      },
    ]);
    const panel = await screen.findByTestId('payment-panel');
    expect(within(panel).getByTestId('amount-due')).toHaveTextContent('1,250.50');
    await userEvent.click(within(panel).getByRole('button', { name: /^Pay/ }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/pay/demo/p1'));
  });

  it('shows what the payment is for before the Pay button: purpose, account, period, amount', async () => {
    renderDetail([
      detailMock({
        status: 'AWAITING_PAYMENT',
        amountDue: 184350,
        viewerCan: { __typename: 'ApplicationViewerCan', pay: true, sign: false },
        paymentBreakdown: [
          {
            __typename: 'PaymentLine',
            purpose: 'Debt to Vodokanal',
            account: '100000000002',
            asOf: '2026-11-03T07:00:00.000Z',
            amount: 184350,
            currency: 'RUB',
          },
        ],
      }),
    ]);
    const panel = await screen.findByTestId('payment-panel');
    const breakdown = within(panel).getByRole('table', { name: 'What you pay for' });
    const columns = within(breakdown)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(columns).toEqual(['Purpose', 'Account', 'Period', 'Amount']);
    const cells = within(within(breakdown).getByTestId('payment-line'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toBe('Debt to Vodokanal');
    expect(cells[1]).toBe('100000000002');
    expect(cells[2]).toMatch(/^as of 3 Nov 2026$/);
    expect(cells[3]).toMatch(/1,843\.50/);
    // The breakdown comes before the button.
    const button = within(panel).getByRole('button', { name: /^Pay/ });
    expect(breakdown.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a fee line without an account or a period, in Persian digits and calendar for fa', async () => {
    renderDetail(
      [
        detailMock({
          status: 'AWAITING_PAYMENT',
          amountDue: 250000,
          viewerCan: { __typename: 'ApplicationViewerCan', pay: true, sign: false },
          paymentBreakdown: [
            {
              __typename: 'PaymentLine',
              purpose: 'پرداخت عوارض نوسازی ملک، درخواست KZN-2026-000042',
              account: null,
              asOf: null,
              amount: 250000,
              currency: 'RUB',
            },
          ],
        }),
      ],
      'fa',
    );
    const line = await screen.findByTestId('payment-line');
    const cells = within(line)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(1, 3)).toEqual(['—', '—']);
    expect(cells[3]).toMatch(/[۰-۹]/);
  });

  it('lists the payment that went through as the receipt, not the failed attempt', async () => {
    renderDetail([
      detailMock({
        status: 'APPROVED',
        payments: [
          {
            __typename: 'ApplicationPayment',
            id: 'p0',
            status: 'FAILED',
            amount: 99900,
            currency: 'RUB',
            provider: 'stripe',
            reference: 'cs_test_failed',
            paidAt: null,
          },
          {
            __typename: 'ApplicationPayment',
            id: 'p1',
            status: 'SUCCEEDED',
            amount: 99900,
            currency: 'RUB',
            provider: 'demo',
            reference: 'demo_0123456789abcdef0123456789abcdef',
            paidAt: '2026-11-21T09:30:00.000Z',
          },
        ],
      }),
    ]);
    const receipts = await screen.findByTestId('payment-receipts');
    const rows = within(receipts).getAllByTestId('payment-receipt');
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toMatch(/999\.00/);
    expect(cells[1]).toMatch(/2026/);
    expect(cells[2]).toBe('Demo payment provider');
    expect(cells[3]).toBe('demo_0123456789abcdef0123456789abcdef');
  });

  it('shows no receipt before anything was paid', async () => {
    renderDetail([detailMock({})]);
    await screen.findByTestId('application-facts');
    expect(screen.queryByTestId('payment-receipts')).toBeNull();
  });

  it('lists the issued documents with a PDF link and the verification code when approved', async () => {
    renderDetail([
      detailMock({
        status: 'APPROVED',
        queuePosition: 17,
        waitingListRegisteredAt: '2026-11-21T09:00:00.000Z',
        documents: [
          {
            __typename: 'IssuedDocument',
            id: 'd1',
            kind: 'WAITING_LIST',
            number: 'KZN-2026-000042-1',
            issuedAt: '2026-11-21T09:00:00.000Z',
            pdfUrl: '/documents/d1.pdf',
            revoked: false,
            verificationCode: 'ABCDE12345',
          },
        ],
      }),
    ]);
    const panel = await screen.findByTestId('approved-panel');
    expect(within(panel).getByTestId('queue-position')).toHaveTextContent('Your place in the queue: 17');
    const doc = within(panel).getByTestId('issued-document');
    expect(doc).toHaveTextContent('Certificate of registration on the waiting list');
    expect(within(doc).getByRole('link', { name: /Download PDF/ })).toHaveAttribute(
      'href',
      '/documents/d1.pdf',
    );
    expect(within(doc).getByTestId('verification-code').textContent).toMatch(/ABCDE.?12345/);
    expect(screen.queryByTestId('payment-panel')).toBeNull();
  });

  it('names the refusal ground and the reviewer comment when refused', async () => {
    renderDetail([
      detailMock({
        status: 'REFUSED',
        refusalGround: 'There is a debt for water',
        decisionComment: 'Pay 1 200 ₽ and apply again.',
      }),
    ]);
    const panel = await screen.findByTestId('refused-panel');
    expect(
      within(panel).getByRole('heading', { name: 'Your application has been refused' }),
    ).toBeInTheDocument();
    expect(within(panel).getByTestId('refusal-ground')).toHaveTextContent('There is a debt for water');
    expect(within(panel).getByText('Pay 1 200 ₽ and apply again.')).toBeInTheDocument();
  });

  it('says when the application is not found', async () => {
    renderDetail([
      {
        request: { query: MyApplicationDocument, variables: { id: 'a1' } },
        result: { data: { application: null } },
      },
    ]);
    expect(await screen.findByText('This application was not found.')).toBeInTheDocument();
  });
});
