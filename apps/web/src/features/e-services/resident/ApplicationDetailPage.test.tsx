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
