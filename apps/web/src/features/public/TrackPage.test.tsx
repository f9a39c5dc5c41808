import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrackApplicationDocument } from '../../gql/public/graphql.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { TrackPage } from './TrackPage.tsx';

const tracked = {
  __typename: 'TrackedApplication' as const,
  number: 'KZN-2026-000123',
  status: 'APPROVED' as const,
  serviceName: 'Inquiry response',
  organizationName: 'Property committee',
  intakeOrganizationName: 'Notary office Galieva',
  applicantName: 'Ivanov Ivan',
  createdAt: '2026-11-25T07:00:00Z',
  deadlineAt: '2026-12-02T15:00:00Z',
  decidedAt: '2026-11-26T10:00:00Z',
  refusalGround: null,
  decisionComment: null,
  documents: [
    {
      __typename: 'IssuedDocument' as const,
      id: 'd1',
      kind: 'CERTIFICATE',
      number: 'KZN-C-2026-000001',
      issuedAt: '2026-11-26T10:00:00Z',
      pdfUrl: '/documents/d1.pdf',
      status: 'ISSUED' as const,
      validUntil: null,
      revokedAt: null,
      revocationReason: null,
      verificationCode: 'K7QM2XPD4R',
    },
  ],
};

const trackMock = (code: string, result: typeof tracked | null) => ({
  request: { query: TrackApplicationDocument, variables: { number: 'KZN-2026-000123', code } },
  result: { data: { trackApplication: result } },
});

afterEach(() => vi.unstubAllGlobals());

describe('TrackPage', () => {
  it('opens an application with its number and access code, and downloads a document by POST', async () => {
    const user = userEvent.setup();
    const fetchMock = vi.fn(async () => new Response(new Blob(['%PDF-1.7']), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} }));
    renderWithProviders(<TrackPage />, { mocks: [trackMock('K7QM2XPD4R', tracked)] });

    await user.type(screen.getByLabelText(/Application number/), ' kzn-2026-000123 ');
    await user.type(screen.getByLabelText(/Access code/), 'k7qm2-xpd4r');
    await user.click(screen.getByRole('button', { name: 'Open' }));

    const card = await screen.findByTestId('tracked-application');
    expect(card).toHaveAttribute('data-status', 'APPROVED');
    expect(within(card).getByText('Notary office Galieva')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /Download/ }));
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalledOnce());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/track/documents/d1.pdf?lang=en');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ number: 'KZN-2026-000123', code: 'K7QM2XPD4R' });
  });

  it('says so when number and code open nothing, and checks the code’s form first', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TrackPage />, { mocks: [trackMock('ZZZZZZZZZZ', null)] });
    await user.type(screen.getByLabelText(/Application number/), 'KZN-2026-000123');
    await user.type(screen.getByLabelText(/Access code/), 'short');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('The value does not have the expected format.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText(/Access code/));
    await user.type(screen.getByLabelText(/Access code/), 'ZZZZZ-ZZZZZ');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByTestId('track-not-found')).toHaveTextContent('No application matches');
  });
});
