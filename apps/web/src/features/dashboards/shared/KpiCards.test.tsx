import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { KpiCards } from './KpiCards.tsx';

const figures = {
  filed: 1234,
  resolved: 10,
  openNow: 5,
  overdueNow: 2,
  withinSla: 8,
  withinSlaShare: 0.8,
  closedRepairs: 10,
  confirmed: 7,
  confirmedShare: 0.7,
  closedUnconfirmed: 3,
  closedUnconfirmedShare: 0.3,
  reworked: 1,
  reworkShare: 0.1,
  rated: 4,
  averageRating: 4.25,
  medianSecondsToAssign: 1800,
  medianSecondsToClose: 90_000,
};

describe('KpiCards', () => {
  it('shows the figures with "x of y" under the shares', () => {
    renderWithProviders(<KpiCards figures={figures} />);
    expect(screen.getByTestId('kpi-filed-value')).toHaveTextContent('1,234');
    expect(screen.getByTestId('kpi-within-sla-value')).toHaveTextContent('80%');
    expect(screen.getByTestId('kpi-within-sla')).toHaveTextContent('8 of 10');
    expect(screen.getByTestId('kpi-median-assign-value')).toHaveTextContent('30 min');
    expect(screen.getByTestId('kpi-rating-value')).toHaveTextContent('4.3');
    // Closed without the resident's confirmation: a card of its own beside "confirmed", which it never joins.
    expect(screen.getByTestId('kpi-confirmed')).toHaveTextContent('7 of 10');
    expect(screen.getByTestId('kpi-closed-unconfirmed')).toHaveTextContent('Closed without confirmation');
    expect(screen.getByTestId('kpi-closed-unconfirmed-value')).toHaveTextContent('30%');
    expect(screen.getByTestId('kpi-closed-unconfirmed')).toHaveTextContent('3 of 10');
  });

  it('shows a dash where there is no data, and Persian digits in fa', () => {
    renderWithProviders(
      <KpiCards
        figures={{
          ...figures,
          withinSlaShare: null,
          confirmedShare: null,
          closedUnconfirmedShare: null,
          reworkShare: null,
          averageRating: null,
          medianSecondsToAssign: null,
          medianSecondsToClose: null,
        }}
      />,
      { locale: 'fa' },
    );
    for (const name of [
      'within-sla',
      'confirmed',
      'closed-unconfirmed',
      'rework',
      'rating',
      'median-assign',
      'median-close',
    ]) {
      expect(screen.getByTestId(`kpi-${name}-value`)).toHaveTextContent('—');
    }
    expect(screen.getByTestId('kpi-filed-value')).toHaveTextContent('۱٬۲۳۴');
  });
});
