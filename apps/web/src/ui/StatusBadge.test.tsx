import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render.tsx';
import { StatusBadge } from './StatusBadge.tsx';

describe('StatusBadge', () => {
  it.each([
    ['en', 'IN_PROGRESS', 'In progress'],
    ['ru', 'IN_PROGRESS', 'В работе'],
    ['fa', 'CLOSED', 'بسته‌شده'],
    ['kk', 'NEW', 'Жаңа'],
    ['az', 'CANCELLED', 'Ləğv edilib'],
    // Closed by the platform, not by the resident: never shown as plainly "Closed", in any language.
    ['en', 'CLOSED_UNCONFIRMED', 'Closed without confirmation'],
    ['ru', 'CLOSED_UNCONFIRMED', 'Закрыта без подтверждения'],
    ['az', 'CLOSED_UNCONFIRMED', 'Təsdiqsiz bağlanıb'],
    ['fa', 'CLOSED_UNCONFIRMED', 'بسته‌شده بدون تأیید'],
    ['kk', 'CLOSED_UNCONFIRMED', 'Растаусыз жабылды'],
  ] as const)('renders %s text for %s', (locale, status, text) => {
    renderWithProviders(<StatusBadge status={status} />, { locale });
    const badge = screen.getByTestId('status-badge');
    expect(badge).toHaveTextContent(text);
    expect(badge).toHaveAttribute('data-status', status);
  });

  it('gives a request closed without confirmation a tone of its own, not the confirmed closure’s', () => {
    const { unmount } = renderWithProviders(<StatusBadge status="CLOSED_UNCONFIRMED" />, { locale: 'en' });
    expect(screen.getByTestId('status-badge')).toHaveClass('badge--status-unconfirmed');
    unmount();
    renderWithProviders(<StatusBadge status="CLOSED" />, { locale: 'en' });
    expect(screen.getByTestId('status-badge')).toHaveClass('badge--status-closed');
  });
});
