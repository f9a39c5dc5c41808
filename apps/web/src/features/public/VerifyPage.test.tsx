import { formatDate, formatMoney } from '@citydesk/i18n';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { VerifyDocumentDocument } from '../../gql/public/graphql.ts';
import { renderWithProviders, type RenderOptions } from '../../test/render.tsx';
import { VerifyPage } from './VerifyPage.tsx';

const genuine = {
  __typename: 'DocumentVerification' as const,
  status: 'GENUINE' as const,
  number: 'DOC-2026-000123',
  title: 'No-debt certificate',
  issuerName: 'Azərsu water utility',
  applicantName: 'Alsu Khamitova',
  issuedAt: '2026-11-24T21:30:00Z',
  revokedAt: null as string | null,
  revocationReasonText: null as string | null,
  validUntil: '2026-12-24' as string | null,
  statements: ['There is no outstanding debt on account AB-100200 as of 25 Nov 2026.'],
  timeZone: 'Asia/Baku',
  facts: [
    { __typename: 'DocumentFact' as const, label: 'Subscriber code', value: { text: 'AB-100200' } },
    { __typename: 'DocumentFact' as const, label: 'Debt', value: { money: { amount: 0, currency: 'AZN' } } },
    { __typename: 'DocumentFact' as const, label: 'Checked on', value: { date: '2026-11-20' } },
    {
      __typename: 'DocumentFact' as const,
      label: 'Outcome',
      value: {
        localized: { az: 'Borc yoxdur', fa: 'بدهی ندارد', ru: 'Долга нет', kk: 'Қарыз жоқ', en: 'No debt' },
      },
    },
  ],
};

const unknown = {
  __typename: 'DocumentVerification' as const,
  status: 'UNKNOWN' as const,
  number: null,
  title: null,
  issuerName: null,
  applicantName: null,
  issuedAt: null,
  revokedAt: null,
  revocationReasonText: null,
  validUntil: null,
  statements: [],
  timeZone: null,
  facts: [],
};

type Verification = Omit<typeof genuine, 'status'> & { status: 'GENUINE' | 'REVOKED' | 'EXPIRED' };
const mockFor = (code: string, verifyDocument: Verification | typeof unknown) => ({
  request: { query: VerifyDocumentDocument, variables: { code } },
  result: { data: { verifyDocument } },
});

function renderVerify(route: string, options: RenderOptions = {}) {
  return renderWithProviders(
    <Routes>
      <Route path="/verify" element={<VerifyPage />} />
      <Route path="/verify/:code" element={<VerifyPage />} />
    </Routes>,
    { route, ...options },
  );
}

describe('VerifyPage', () => {
  it('shows a genuine document with its details, issue date in its time zone and facts', async () => {
    renderVerify('/verify/abcde-12345', { mocks: [mockFor('ABCDE12345', genuine)] });
    const banner = await screen.findByTestId('verification-banner');
    expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent('Genuine document');
    expect(banner).toHaveTextContent('Code \u2068ABCDE-12345\u2069 was checked against the register');
    const details = screen.getByTestId('verification-details');
    expect(details).toHaveTextContent('No-debt certificate');
    expect(details).toHaveTextContent('DOC-2026-000123');
    expect(details).toHaveTextContent('Azərsu water utility');
    expect(details).toHaveTextContent('Alsu Khamitova');
    // 21:30 UTC on the 24th is already the 25th in Baku.
    expect(details).toHaveTextContent(formatDate('2026-11-25T12:00:00Z', 'en', { timeZone: 'UTC' }));
    const facts = screen.getAllByTestId('verification-fact');
    expect(facts.map((row) => row.textContent)).toEqual([
      'Subscriber codeAB-100200',
      `Debt${formatMoney(0, 'AZN', 'en')}`,
      `Checked on${formatDate('2026-11-20T00:00:00Z', 'en', { timeZone: 'UTC' })}`,
      'OutcomeNo debt',
    ]);
    expect(screen.getByTestId('verification-statement')).toHaveTextContent(
      'There is no outstanding debt on account AB-100200 as of 25 Nov 2026.',
    );
    expect(details).toHaveTextContent(formatDate('2026-12-24T12:00:00Z', 'en', { timeZone: 'UTC' }));
  });

  it('says a revoked document was revoked, when and why (the category only)', async () => {
    const revoked = {
      ...genuine,
      status: 'REVOKED' as const,
      revokedAt: '2026-11-30T08:00:00Z',
      revocationReasonText: 'Заменён более новым документом',
    };
    renderVerify('/verify/ABCDE12345', { locale: 'ru', mocks: [mockFor('ABCDE12345', revoked)] });
    const banner = await screen.findByTestId('verification-banner');
    expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent('Документ отозван');
    expect(banner).toHaveTextContent(formatDate('2026-11-30T08:00:00Z', 'ru', { timeZone: 'Asia/Baku' }));
    expect(screen.getByTestId('revocation-reason')).toHaveTextContent(
      'Причина: Заменён более новым документом',
    );
  });

  it('says an expired document expired, with its last valid day in the Persian calendar', async () => {
    const expired = { ...genuine, status: 'EXPIRED' as const };
    renderVerify('/verify/ABCDE12345', { locale: 'fa', mocks: [mockFor('ABCDE12345', expired)] });
    const result = await screen.findByTestId('verification-result');
    expect(result).toHaveAttribute('data-status', 'EXPIRED');
    const banner = screen.getByTestId('verification-banner');
    expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent(
      'اعتبار سند به پایان رسیده است',
    );
    expect(banner).toHaveTextContent(formatDate('2026-12-24T12:00:00Z', 'fa', { timeZone: 'UTC' }));
  });

  it('says a code that was never issued is not genuine, in Russian', async () => {
    renderVerify('/verify/ZZZZZ99999', { locale: 'ru', mocks: [mockFor('ZZZZZ99999', unknown)] });
    const result = await screen.findByTestId('verification-result');
    expect(result).toHaveAttribute('data-status', 'UNKNOWN');
    expect(within(result).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Документ не подлинный: документ с таким кодом не выдавался',
    );
    expect(screen.queryByTestId('verification-details')).not.toBeInTheDocument();
  });

  it('shows only the form without a code, rejects a malformed code and normalises what is typed', async () => {
    const user = userEvent.setup();
    renderVerify('/verify', { mocks: [mockFor('ABCDE12340', unknown)] });
    expect(screen.queryByTestId('verification-result')).not.toBeInTheDocument();
    const input = screen.getByLabelText('Verification code');

    await user.type(input, 'ABC');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A verification code has 10 letters and digits',
    );
    expect(input).toHaveAttribute('aria-invalid', 'true');

    await user.clear(input);
    await user.type(input, ' abcde 1234o ');
    await user.keyboard('{Enter}');
    const result = await screen.findByTestId('verification-result');
    expect(result).toHaveTextContent('Code \u2068ABCDE-12340\u2069');
    expect(result).toHaveTextContent('Not genuine: no document with this code was issued');
  });
});
