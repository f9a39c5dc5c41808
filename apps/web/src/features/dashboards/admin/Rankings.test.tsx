import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/render.tsx';
import { RankingsTable, type RankingRow } from './Rankings.tsx';

const figures = {
  filed: 0,
  resolved: 0,
  openNow: 0,
  overdueNow: 0,
  withinSla: 0,
  withinSlaShare: null,
  closedRepairs: 0,
  confirmed: 0,
  confirmedShare: null,
  closedUnconfirmed: 0,
  closedUnconfirmedShare: null,
  reworked: 0,
  reworkShare: null,
  rated: 0,
  averageRating: null,
  medianSecondsToAssign: null,
  medianSecondsToClose: null,
};
const rows: RankingRow[] = [
  {
    group: 'HANDLING',
    organizationId: 'o1',
    name: 'Beta MC',
    organizationKind: 'MANAGEMENT_COMPANY',
    figures: { ...figures, filed: 5 },
  },
  {
    group: 'CONTRACTOR',
    organizationId: 'o2',
    name: 'Alpha Works',
    organizationKind: 'CONTRACTOR',
    figures: { ...figures, filed: 9 },
  },
  {
    group: 'HANDLING',
    organizationId: 'o3',
    name: 'Gamma Water',
    organizationKind: 'UTILITY',
    figures: { ...figures, filed: 1 },
  },
];
const names = () =>
  screen
    .getAllByTestId('rankings-table-row')
    .map((row) => (row as HTMLTableRowElement).cells[0]?.textContent);

describe('RankingsTable', () => {
  it('sorts by any column header, announcing the order, and drills down', async () => {
    const user = userEvent.setup();
    const onDrillDown = vi.fn();
    renderWithProviders(<RankingsTable rows={rows} period={null} onDrillDown={onDrillDown} />);
    expect(names()).toEqual(['Beta MC', 'Alpha Works', 'Gamma Water']);
    await user.click(screen.getByTestId('sort-filed'));
    expect(names()).toEqual(['Alpha Works', 'Beta MC', 'Gamma Water']);
    expect(screen.getByTestId('sort-filed').closest('th')).toHaveAttribute('aria-sort', 'descending');
    await user.click(screen.getByTestId('sort-filed'));
    expect(names()).toEqual(['Gamma Water', 'Beta MC', 'Alpha Works']);
    await user.click(screen.getByTestId('sort-name'));
    expect(names()).toEqual(['Alpha Works', 'Beta MC', 'Gamma Water']);
    expect(screen.getByTestId('sort-name').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(within(screen.getAllByTestId('rankings-table-row')[2]!).getByText('Utility')).toBeInTheDocument();
    await user.click(
      within(screen.getAllByTestId('rankings-table-row')[0]!).getByTestId('rankings-drilldown'),
    );
    expect(onDrillDown).toHaveBeenCalledWith('o2');
  });
});
