import { useQuery } from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CityOverviewDocument,
  HolidayCalendarsDocument,
  SetHolidayCalendarDocument,
} from '../../../gql/administrator/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { CalendarWarnings } from './CalendarWarnings.tsx';
import { datesOf } from './HolidayCalendarForm.tsx';
import { HolidayCalendarsPage } from './HolidayCalendarsPage.tsx';

const calendar = (year: number, daysOff: string[], workingDays: string[] = []) => ({
  __typename: 'HolidayCalendar' as const,
  countryCode: 'RU',
  year,
  daysOff,
  workingDays,
  source: `Decree ${year}`,
  notes: null,
  updatedAt: '2026-11-12T09:00:00Z',
});

const overview = (warnings: { year: number; deadlinesAffected: boolean }[]) => ({
  request: { query: CityOverviewDocument },
  result: {
    data: {
      cityOverview: {
        __typename: 'CityOverview' as const,
        openRequests: 0,
        overdueRequests: 0,
        unroutedRequests: 0,
        requestsByStatus: [],
        holidayCalendarWarnings: warnings.map((w) => ({
          __typename: 'HolidayCalendarWarning' as const,
          countryCode: 'RU',
          ...w,
        })),
      },
    },
  },
});

describe('CalendarWarnings', () => {
  it('names each year without a calendar, and says when deadlines were already computed in it', async () => {
    renderWithProviders(<CalendarWarnings />, {
      mocks: [
        overview([
          { year: 2028, deadlinesAffected: true },
          { year: 2029, deadlinesAffected: false },
        ]),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'No holiday calendar for 2028: working-day deadlines in that year skip weekends only. ' +
        'Deadlines in 2028 have already been computed without it.',
    );
    expect(alert).toHaveTextContent('No holiday calendar for 2029');
    expect(alert).not.toHaveTextContent('Deadlines in 2029');
    expect(screen.getByRole('link', { name: 'Add a holiday calendar' })).toHaveAttribute(
      'href',
      '/admin/calendars',
    );
  });

  it('writes the year in Persian digits for fa, without a thousands separator', async () => {
    renderWithProviders(<CalendarWarnings />, {
      locale: 'fa',
      mocks: [overview([{ year: 2028, deadlinesAffected: false }])],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('تقویم تعطیلات سال ۲۰۲۸ موجود نیست');
    expect(alert.textContent).not.toMatch(/2028|۲٬۰۲۸/);
  });

  it('shows nothing when every year has a calendar', async () => {
    // Renders once the overview has arrived, so the absence of the warning is not just the loading state.
    function Loaded() {
      return useQuery(CityOverviewDocument).data ? <p>loaded</p> : null;
    }
    renderWithProviders(
      <>
        <CalendarWarnings />
        <Loaded />
      </>,
      { mocks: [overview([])] },
    );
    expect(await screen.findByText('loaded')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('HolidayCalendarsPage', () => {
  it('lists the years and saves a new one, entered one date per line', async () => {
    const user = userEvent.setup();
    let saved = false;
    const added = calendar(2028, ['2028-01-01', '2028-03-08'], ['2028-03-04']);
    renderWithProviders(<HolidayCalendarsPage />, {
      mocks: [
        {
          request: { query: HolidayCalendarsDocument },
          result: { data: { holidayCalendars: [calendar(2027, ['2027-01-01'])] } },
        },
        overview([{ year: 2028, deadlinesAffected: false }]),
        {
          request: {
            query: SetHolidayCalendarDocument,
            variables: {
              input: {
                year: 2028,
                daysOff: ['2028-03-08', '2028-01-01'],
                workingDays: ['2028-03-04'],
                source: 'Decree 2028',
                notes: null,
              },
            },
          },
          result: () => {
            saved = true;
            return { data: { setHolidayCalendar: added } };
          },
        },
        {
          request: { query: HolidayCalendarsDocument },
          result: { data: { holidayCalendars: [calendar(2027, ['2027-01-01']), added] } },
        },
        overview([]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Holiday calendars by year' });
    expect(within(table).getByRole('rowheader', { name: '2027' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('No holiday calendar for 2028');

    await user.type(screen.getByLabelText('Year'), '2028');
    // Pasted, as a list copied from a decree would be.
    await user.click(screen.getByLabelText('Days off'));
    await user.paste('2028-03-08\n\n2028-01-01');
    await user.click(screen.getByLabelText(/Working weekend days/));
    await user.paste('2028-03-04');
    await user.type(screen.getByLabelText('Source'), 'Decree 2028');
    await user.click(screen.getByRole('button', { name: 'Save the calendar' }));

    expect(await screen.findByText('The holiday calendar for 2028 is saved.')).toBeInTheDocument();
    expect(saved).toBe(true);
    expect(await within(table).findByRole('rowheader', { name: '2028' })).toBeInTheDocument();
  }, 15_000); // typing is slow on a loaded machine

  it('shows the server’s refusal next to the line it is about', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HolidayCalendarsPage />, {
      mocks: [
        { request: { query: HolidayCalendarsDocument }, result: { data: { holidayCalendars: [] } } },
        overview([]),
        {
          request: {
            query: SetHolidayCalendarDocument,
            variables: {
              input: {
                year: 2028,
                daysOff: ['2028-01-01', '2027-12-31'],
                workingDays: [],
                source: 'x',
                notes: null,
              },
            },
          },
          result: {
            errors: [
              new GraphQLError('INVALID_INPUT', {
                extensions: { code: 'INVALID_INPUT', issues: [{ field: 'daysOff.1', code: 'outside_year' }] },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByText('No holiday calendars yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Year'), '2028');
    await user.click(screen.getByLabelText('Days off'));
    await user.paste('2028-01-01\n2027-12-31');
    await user.type(screen.getByLabelText('Source'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save the calendar' }));
    expect(await screen.findByText('Line 2: This date is not in the calendar’s year.')).toBeInTheDocument();
  });

  it('fills the form with a listed year to replace it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<HolidayCalendarsPage />, {
      mocks: [
        {
          request: { query: HolidayCalendarsDocument },
          result: { data: { holidayCalendars: [calendar(2027, ['2027-01-01', '2027-01-02'])] } },
        },
        overview([]),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit 2027' }));
    expect(screen.getByLabelText('Year')).toHaveValue('2027');
    expect(screen.getByLabelText('Days off')).toHaveValue('2027-01-01\n2027-01-02');
    expect(screen.getByLabelText('Source')).toHaveValue('Decree 2027');
  });
});

describe('datesOf', () => {
  it('reads one date per line or comma, in any digits, and drops blank lines', () => {
    expect(datesOf(' 2028-01-01 \n\n2028-01-02,2028-01-03;\n۲۰۲۸-۰۳-۰۸')).toEqual([
      '2028-01-01',
      '2028-01-02',
      '2028-01-03',
      '2028-03-08',
    ]);
    expect(datesOf('  \n ')).toEqual([]);
  });
});
