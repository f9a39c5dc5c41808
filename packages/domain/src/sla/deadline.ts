import { addDays, parseLocalDate } from './local-date.ts';
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
 *   itself never counts; weekend days and holidays are skipped.
 *
 * Local days are those of `calendar.timeZone`, with daylight-saving time handled. Throws a RangeError on an
 * invalid date, time zone or amount (`HOURS` takes any positive number, day units a positive integer).
 */
export function computeDeadline(filedAt: Date, sla: Sla, calendar: WorkCalendar): Date {
  const filed = filedAt.getTime();
  if (!Number.isFinite(filed)) throw new RangeError('filedAt is not a valid date');
  if (!(Number.isFinite(sla.amount) && sla.amount > 0))
    throw new RangeError(`SLA amount must be positive: ${sla.amount}`);

  switch (sla.unit) {
    case 'HOURS':
      return new Date(filed + Math.round(sla.amount * HOUR_MS));
    case 'CALENDAR_DAYS': {
      requireWholeDays(sla);
      const dueDay = addDays(localDateOf(filed, calendar.timeZone), sla.amount);
      return endOfLocalDay(dueDay, calendar.timeZone);
    }
    case 'WORKING_DAYS': {
      requireWholeDays(sla);
      const { hour, minute } = parseTimeOfDay(calendar.workdayEnd);
      const dueDay = addWorkingDays(localDateOf(filed, calendar.timeZone), sla.amount, calendar);
      return zonedTimeToInstant(
        { ...parseLocalDate(dueDay), hour, minute, second: 0, millisecond: 0 },
        calendar.timeZone,
      );
    }
  }
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
