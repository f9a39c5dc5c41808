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
  ] as const)('renders %s text for %s', (locale, status, text) => {
    renderWithProviders(<StatusBadge status={status} />, { locale });
    const badge = screen.getByTestId('status-badge');
    expect(badge).toHaveTextContent(text);
    expect(badge).toHaveAttribute('data-status', status);
  });
});
