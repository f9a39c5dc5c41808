import { addDays, formatLocalDate, parseLocalDate } from './local-date.ts';
import { parseTimeOfDay } from './time-of-day.ts';
import { endOfLocalDay, localDateOf, zonedTimeToInstant } from './time-zone.ts';
import type { Sla, WorkCalendar } from './types.ts';
import { addWorkingDays } from './working-days.ts';

const HOUR_MS = 3_600_000;

/**
 * The deadline of something filed at `filedAt` under `sla`, in the organization's `calendar`:
 *
 * - `HOURS`: exactly `amount` hours later, round the clock, holidays or not (emergencies);
 * - `CALENDAR_DAYS`: the end (23:59:59.999 local) of the local day `amount` days after the filing day;
 * - `WORKING_DAYS`: `workdayEnd` local time on the `amount`-th working day after the filing day — the filing day
 *   itself never counts; weekend days and holidays are skipped;
 * - `DAY_OF_NEXT_MONTH`: the end (23:59:59.999 local) of day `amount` (1–28) of the month after the local month
 *   of filing — December's filings fall due in January of the next year.
 *
 * Local days are those of `calendar.timeZone`, with daylight-saving time handled. Throws a RangeError on an
 * invalid date, time zone or amount (`HOURS` takes any positive number, day units a positive integer,
 * `DAY_OF_NEXT_MONTH` an integer 1–28).
 */
export function computeDeadline(filedAt: Date, sla: Sla, calendar: WorkCalendar): Date {
  return computeDeadlineReport(filedAt, sla, calendar).deadline;
}

/** A deadline and the years it was counted through without a holiday calendar. */
export type DeadlineReport = {
  deadline: Date;
  /**
   * Ascending years of the working days counted (the day after filing to the due day) that are not among the
   * calendar's `calendarYears`: there only weekends were skipped, so a holiday may have been counted as a working
   * day. Empty for the other units (holidays do not move them) and for calendars without `calendarYears`.
   */
  yearsWithoutCalendar: number[];
};

/** {@link computeDeadline}, also naming the years it had to count without a holiday calendar. */
export function computeDeadlineReport(filedAt: Date, sla: Sla, calendar: WorkCalendar): DeadlineReport {
  const filed = filedAt.getTime();
  if (!Number.isFinite(filed)) throw new RangeError('filedAt is not a valid date');
  if (!(Number.isFinite(sla.amount) && sla.amount > 0))
    throw new RangeError(`SLA amount must be positive: ${sla.amount}`);

  switch (sla.unit) {
    case 'HOURS':
      return complete(new Date(filed + Math.round(sla.amount * HOUR_MS)));
    case 'CALENDAR_DAYS': {
      requireWholeDays(sla);
      const dueDay = addDays(localDateOf(filed, calendar.timeZone), sla.amount);
      return complete(endOfLocalDay(dueDay, calendar.timeZone));
    }
    case 'WORKING_DAYS': {
      requireWholeDays(sla);
      const { hour, minute } = parseTimeOfDay(calendar.workdayEnd);
      const filingDay = localDateOf(filed, calendar.timeZone);
      const dueDay = addWorkingDays(filingDay, sla.amount, calendar);
      return {
        deadline: zonedTimeToInstant(
          { ...parseLocalDate(dueDay), hour, minute, second: 0, millisecond: 0 },
          calendar.timeZone,
        ),
        yearsWithoutCalendar: yearsWithoutCalendar(addDays(filingDay, 1), dueDay, calendar.calendarYears),
      };
    }
    case 'DAY_OF_NEXT_MONTH':
      return complete(
        endOfLocalDay(dayOfNextMonth(localDateOf(filed, calendar.timeZone), sla.amount), calendar.timeZone),
      );
  }
}

function complete(deadline: Date): DeadlineReport {
  return { deadline, yearsWithoutCalendar: [] };
}

// The counted days run without a gap from `firstDay` to `lastDay`, so every year between them was counted in.
function yearsWithoutCalendar(
  firstDay: string,
  lastDay: string,
  calendarYears: readonly number[] | undefined,
): number[] {
  if (!calendarYears) return [];
  const missing: number[] = [];
  for (let year = parseLocalDate(firstDay).year; year <= parseLocalDate(lastDay).year; year++)
    if (!calendarYears.includes(year)) missing.push(year);
  return missing;
}

/**
 * The date of day `day` (an integer 1–28) of the month after the one `localDate` (`YYYY-MM-DD`) is in, e.g. the
 * date a change filed on 2026-12-15 takes effect when it applies "from the 10th of next month": 2027-01-10.
 * Days above 28 are refused because not every month has them. Throws a RangeError on an invalid date or day.
 */
export function dayOfNextMonth(localDate: string, day: number): string {
  requireDayOfMonth(day);
  const { year, month } = parseLocalDate(localDate);
  return month === 12
    ? formatLocalDate({ year: year + 1, month: 1, day })
    : formatLocalDate({ year, month: month + 1, day });
}

function requireDayOfMonth(day: number): void {
  if (!(Number.isInteger(day) && day >= 1 && day <= 28))
    throw new RangeError(`day of month must be a whole number from 1 to 28: ${day}`);
}

function requireWholeDays(sla: Sla): void {
  if (!Number.isInteger(sla.amount)) throw new RangeError(`SLA days must be a whole number: ${sla.amount}`);
}

/** Whether `now` is past `deadline` (a deadline reached to the millisecond is not yet overdue). */
export function isOverdue(deadline: Date, now: Date): boolean {
  return now.getTime() > deadline.getTime();
}

/** Milliseconds left until `deadline` at `now`; negative once overdue. */
export function remainingMs(deadline: Date, now: Date): number {
  return deadline.getTime() - now.getTime();
}
