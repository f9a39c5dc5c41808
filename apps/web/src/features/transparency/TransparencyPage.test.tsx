import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TransparencyDistrictsDocument, TransparencyDocument } from '../../gql/transparency/graphql.ts';
import { formatDuration } from '../dashboards/shared/figure-format.ts';
import { formatLocalDay } from '../../lib/format.ts';
import { renderWithProviders, type RenderOptions } from '../../test/render.tsx';
import { todayIn, transparencyVariables } from './period.ts';
import { TransparencyPage } from './TransparencyPage.tsx';

type Figures = {
  resolved: number;
  withinSla: number;
  withinSlaShare: number | null;
  closedRepairs: number;
  confirmed: number;
  confirmedShare: number | null;
  closedUnconfirmed: number;
  closedUnconfirmedShare: number | null;
  reworked: number;
  reworkShare: number | null;
  rated: number;
  averageRating: number | null;
  medianSecondsToClose: number | null;
};

const noFigures: Figures = {
  resolved: 0,
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
  medianSecondsToClose: null,
};

const row = (organizationId: string, name: string, figures: Partial<Figures>) => ({
  __typename: 'TransparencyRow' as const,
  organizationId,
  name,
  figures: { __typename: 'DashboardFigures' as const, ...noFigures, ...figures },
});

const cosyHome = row('o1', 'Cosy Home', {
  resolved: 120,
  withinSla: 90,
  withinSlaShare: 0.75,
  closedRepairs: 100,
  confirmed: 80,
  confirmedShare: 0.8,
  closedUnconfirmed: 20,
  closedUnconfirmedShare: 0.2,
  reworked: 5,
  reworkShare: 0.05,
  rated: 40,
  averageRating: 4.25,
  medianSecondsToClose: 2 * 86_400,
});
const riverside = row('o2', 'Riverside Housing', {
  resolved: 30,
  withinSla: 12,
  withinSlaShare: 0.4,
  closedRepairs: 30,
  confirmed: 15,
  confirmedShare: 0.5,
  closedUnconfirmed: 15,
  closedUnconfirmedShare: 0.5,
  reworked: 6,
  reworkShare: 0.2,
  rated: 10,
  averageRating: 3.5,
  medianSecondsToClose: 5400,
});
const sunny = row('o3', 'Sunny Cooperative', {});
const aquaservice = row('c1', 'Aquaservice', {
  resolved: 50,
  withinSla: 45,
  withinSlaShare: 0.9,
  closedRepairs: 50,
  confirmed: 40,
  confirmedShare: 0.8,
  reworked: 1,
  reworkShare: 0.02,
  rated: 20,
  averageRating: 4.6,
  medianSecondsToClose: 36_000,
});

const report = (
  managementCompanies: ReturnType<typeof row>[],
  contractors: ReturnType<typeof row>[],
  period = { from: '2026-08-28', to: '2026-11-25' },
) => ({
  __typename: 'TransparencyReport' as const,
  period: { __typename: 'DashboardPeriod' as const, ...period },
  managementCompanies,
  contractors,
});

const districtsMock = {
  request: { query: TransparencyDistrictsDocument },
  result: {
    data: {
      transparencyDistricts: [
        { __typename: 'DashboardNamed' as const, id: 'd1', name: 'Central' },
        { __typename: 'DashboardNamed' as const, id: 'd2', name: 'Riverside' },
      ],
    },
  },
};

const reportMock = (variables: Record<string, string>, transparency: ReturnType<typeof report>) => ({
  request: { query: TransparencyDocument, variables },
  result: { data: { transparency } },
});

function LocationSearch() {
  return <output data-testid="location-search">{useLocation().search}</output>;
}

function renderPage(route: string, options: RenderOptions = {}) {
  return renderWithProviders(
    <Routes>
      <Route
        path="/transparency"
        element={
          <>
            <TransparencyPage />
            <LocationSearch />
          </>
        }
      />
    </Routes>,
    { route, ...options },
  );
}

const cellTexts = (tableRow: HTMLElement) =>
  within(tableRow)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('TransparencyPage', () => {
  it('shows each organization’s figures, with dashes where there is no data', async () => {
    renderPage('/transparency', {
      mocks: [districtsMock, reportMock({}, report([riverside, cosyHome, sunny], [aquaservice]))],
    });
    const companies = await screen.findByTestId('transparency-companies');
    expect(screen.getByTestId('transparency-page')).toBeInTheDocument();
    const rows = within(companies).getAllByTestId('transparency-row');
    // Most requests handled first.
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Cosy Home',
      'Riverside Housing',
      'Sunny Cooperative',
    ]);
    expect(cellTexts(rows[0]!)).toEqual([
      '120',
      formatDuration(2 * 86_400, 'en'),
      '75%',
      '80%',
      '20%', // closed without confirmation: apart from the 80 % confirmed
      '5%',
      '4.3ratings: 40',
    ]);
    expect(cellTexts(rows[1]!)).toEqual([
      '30',
      formatDuration(5400, 'en'),
      '40%',
      '50%',
      '50%',
      '20%',
      '3.5ratings: 10',
    ]);
    expect(cellTexts(rows[2]!)).toEqual(['0', '—', '—', '—', '—', '—', '—']);
    expect(
      within(companies).getByRole('columnheader', { name: /Closed without confirmation/ }),
    ).toBeInTheDocument();
    const contractors = screen.getByTestId('transparency-contractors');
    expect(within(contractors).getByRole('rowheader')).toHaveTextContent('Aquaservice');
    expect(screen.getByTestId('transparency-period-shown')).toHaveTextContent(
      `Figures for ${formatLocalDay('2026-08-28', 'en')} – ${formatLocalDay('2026-11-25', 'en')}`,
    );
    expect(screen.getByTestId('transparency-explanations')).toHaveTextContent(
      'sent back or the resident rejected at least once',
    );
    expect(screen.getByTestId('transparency-explanations')).toHaveTextContent(
      'They are not counted as confirmed.',
    );
  });

  it('sorts by a column header, and reverses on a second click', async () => {
    const user = userEvent.setup();
    renderPage('/transparency', {
      mocks: [districtsMock, reportMock({}, report([riverside, cosyHome, sunny], [aquaservice]))],
    });
    const companies = await screen.findByTestId('transparency-companies');
    const names = () =>
      within(companies)
        .getAllByTestId('transparency-row')
        .map((r) => within(r).getByRole('rowheader').textContent);
    const header = (name: string) => within(companies).getByRole('columnheader', { name: new RegExp(name) });

    expect(header('Requests handled')).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(companies).getByRole('button', { name: /Rework/ }));
    expect(header('Rework')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Requests handled')).toHaveAttribute('aria-sort', 'none');
    // No data sorts last in either direction.
    expect(names()).toEqual(['Riverside Housing', 'Cosy Home', 'Sunny Cooperative']);
    await user.click(within(companies).getByRole('button', { name: /Rework/ }));
    expect(header('Rework')).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Cosy Home', 'Riverside Housing', 'Sunny Cooperative']);

    await user.click(within(companies).getByRole('button', { name: /Organization/ }));
    expect(header('Organization')).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Cosy Home', 'Riverside Housing', 'Sunny Cooperative']);
  });

  it('asks again for the chosen district and period, and keeps them in the address', async () => {
    const user = userEvent.setup();
    const thirtyDays = transparencyVariables('30d', 'd2', todayIn(null));
    renderPage('/transparency', {
      mocks: [
        districtsMock,
        reportMock({}, report([riverside, cosyHome], [aquaservice])),
        reportMock({ districtId: 'd2' }, report([riverside], [])),
        reportMock({ ...thirtyDays }, report([], [])),
      ],
    });
    await screen.findByTestId('transparency-companies');
    const district = screen.getByTestId('transparency-district');
    await screen.findByRole('option', { name: 'Riverside' });
    await user.selectOptions(district, 'd2');
    expect(screen.getByTestId('location-search')).toHaveTextContent('?district=d2');
    await within(await screen.findByTestId('transparency-companies')).findByText('Riverside Housing');
    expect(await screen.findByText('No contractor finished work in this period.')).toBeInTheDocument();
    expect(within(screen.getByTestId('transparency-companies')).queryByText('Cosy Home')).toBeNull();

    await user.selectOptions(screen.getByTestId('transparency-period'), '30d');
    expect(screen.getByTestId('location-search')).toHaveTextContent('?district=d2&period=30d');
    expect(await screen.findByText('No requests handled in this period')).toBeInTheDocument();
    expect(screen.queryByTestId('transparency-companies')).not.toBeInTheDocument();
  });

  it('gives the chart a text alternative that names the best and the worst and points to the table', async () => {
    renderPage('/transparency', {
      mocks: [districtsMock, reportMock({}, report([riverside, cosyHome, sunny], []))],
    });
    const chart = await screen.findByTestId('transparency-chart');
    expect(chart.tagName).toBe('FIGURE');
    const caption = within(chart).getByTestId('transparency-chart-caption');
    expect(caption.tagName).toBe('FIGCAPTION');
    expect(caption).toHaveTextContent('Share closed within SLA, by management company');
    expect(caption).toHaveTextContent(
      'The largest share closed within SLA: \u2068Cosy Home\u2069 (75%); the smallest: \u2068Riverside Housing\u2069 (40%).',
    );
    expect(caption).toHaveTextContent('The management companies table gives the same numbers.');
  });

  it('reads in Persian with Persian digits, following the district from the address', async () => {
    renderPage('/transparency?district=d1', {
      locale: 'fa',
      mocks: [districtsMock, reportMock({ districtId: 'd1' }, report([cosyHome], []))],
    });
    const companies = await screen.findByTestId('transparency-companies');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('عملکرد شرکت‌ها');
    const cells = cellTexts(within(companies).getByTestId('transparency-row'));
    expect(cells[0]).toBe('۱۲۰');
    expect(cells[2]).toContain('۷۵');
    expect(screen.getByTestId('transparency-district')).toHaveValue('d1');
  });

  it('shows the error with a retry', async () => {
    renderPage('/transparency', {
      mocks: [
        districtsMock,
        {
          request: { query: TransparencyDocument, variables: {} },
          result: {
            errors: [
              new GraphQLError('The period is not valid.', {
                extensions: { code: 'INVALID_INPUT', issues: [{ field: 'from', code: 'invalid_date' }] },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByText('The period is not valid.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /try again|retry/i })).toBeInTheDocument();
  });
});
