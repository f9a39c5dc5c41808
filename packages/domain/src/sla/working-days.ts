import { addDays, isoWeekday } from './local-date.ts';
import type { WorkCalendar } from './types.ts';

/** The part of a {@link WorkCalendar} that decides which dates are working days. */
export type WorkingDayRules = Pick<WorkCalendar, 'weekend' | 'holidays' | 'workingDays'>;

// Ten years without a single working day means the calendar is broken, not that the work is far off.
const maxSearchDays = 3660;

/**
 * Whether the local date `date` (`YYYY-MM-DD`) is a working day: not a holiday, and either not a weekend day or a
 * weekend day the government has declared a working day.
 */
export function isWorkingDay(date: string, calendar: WorkingDayRules): boolean {
  if (calendar.holidays.includes(date)) return false;
  if (calendar.workingDays?.includes(date)) return true;
  return !calendar.weekend.includes(isoWeekday(date));
}

/**
 * The `count`-th working day after `date` — `date` itself never counts, whether or not it is a working day.
 * Throws a RangeError when `count` is not a positive integer or the calendar has no working days at all.
 */
export function addWorkingDays(date: string, count: number, calendar: WorkingDayRules): string {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`working days must be a positive integer: ${count}`);
  let current = date;
  let found = 0;
  for (let step = 0; step < maxSearchDays + count; step++) {
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar) && ++found === count) return current;
  }
  throw new RangeError('the calendar has no working days');
}
