// holiday_calendar rows as the domain reads them: `date[]` columns come back as Dates at UTC midnight.
import type { HolidayYear } from '@citydesk/domain';
import type { HolidayCalendar } from '../../generated/prisma/client.ts';

/** A `date` column's value (a Date at UTC midnight) as `YYYY-MM-DD`. */
export function localDateOfColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** A `YYYY-MM-DD` date as a `date` column's value. */
export function columnOfLocalDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function holidayYearOf(row: Pick<HolidayCalendar, 'year' | 'daysOff' | 'workingDays'>): HolidayYear {
  return {
    year: row.year,
    daysOff: row.daysOff.map(localDateOfColumn).sort(),
    workingDays: row.workingDays.map(localDateOfColumn).sort(),
  };
}
