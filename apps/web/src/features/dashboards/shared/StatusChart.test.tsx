import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { StatusChart } from './StatusChart.tsx';
import { TrendChart } from './TrendChart.tsx';

const overview = {
  period: { from: '2026-11-01', to: '2026-11-03' },
  figures: {} as never,
  trendBucket: 'DAY' as const,
  trend: [
    { day: '2026-11-01', opened: 3, closed: 1 },
    { day: '2026-11-02', opened: 5, closed: 2 },
    { day: '2026-11-03', opened: 0, closed: 0 },
  ],
  byStatus: [
    { kind: 'REPAIR' as const, status: 'CLOSED' as const, count: 6 },
    { kind: 'E_SERVICE' as const, status: 'APPROVED' as const, count: 2 },
  ],
};

describe('dashboard charts', () => {
  it('sum the status chart up in its caption and offer the same numbers as a table', async () => {
    const user = userEvent.setup();
    renderWithProviders(<StatusChart overview={overview} />);
    const figure = screen.getByTestId('status-chart');
    expect(figure.tagName).toBe('FIGURE');
    expect(within(figure).getByText(/8 in all/)).toHaveTextContent('“Closed” (6)');
    const rows = within(figure).getAllByTestId('status-table-row');
    expect(rows[0]).toHaveTextContent('Closed');
    expect(rows[0]).toHaveTextContent('6');
    await user.click(screen.getByTestId('status-chart-toggle'));
    expect(screen.getByTestId('status-chart-toggle')).toHaveAttribute('aria-expanded', 'true');
  });

  it('give the trend a summary and a table in Persian digits', () => {
    renderWithProviders(<TrendChart overview={overview} />, { locale: 'fa' });
    const figure = screen.getByTestId('trend-chart');
    expect(figure.querySelector('figcaption')).toHaveTextContent('۸');
    expect(within(figure).getAllByTestId('trend-table-row')).toHaveLength(3);
    expect(within(figure).getByTestId('csv-trend')).toBeInTheDocument();
  });
});
