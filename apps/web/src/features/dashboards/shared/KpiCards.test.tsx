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
  });

  it('shows a dash where there is no data, and Persian digits in fa', () => {
    renderWithProviders(
      <KpiCards
        figures={{
          ...figures,
          withinSlaShare: null,
          confirmedShare: null,
          reworkShare: null,
          averageRating: null,
          medianSecondsToAssign: null,
          medianSecondsToClose: null,
        }}
      />,
      { locale: 'fa' },
    );
    for (const name of ['within-sla', 'confirmed', 'rework', 'rating', 'median-assign', 'median-close']) {
      expect(screen.getByTestId(`kpi-${name}-value`)).toHaveTextContent('—');
    }
    expect(screen.getByTestId('kpi-filed-value')).toHaveTextContent('۱٬۲۳۴');
  });
});
