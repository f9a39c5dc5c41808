// When a change of the number of registered residents counts and by when it must be applied (seed 003, the
// Kyiv communal service centre: "after the data arrive they are checked and within a month, or no later than
// the 10th of the next month, the number of registered residents is changed"; water, sewerage and waste
// charges depend on it). The resident states the household as of the day they file, so the new number counts
// from the filing day; applying it is the centre's own clock: by the 10th of the month after filing.
import { dayOfNextMonth } from '../sla/deadline.ts';
import { parseLocalDate } from '../sla/local-date.ts';
import { endOfLocalDay, localDateOf } from '../sla/time-zone.ts';
import type { Sla } from '../sla/types.ts';

/** The day of the month after filing by which the centre must have applied the change. */
export const HOUSEHOLD_CHANGE_APPLY_BY_DAY = 10;

/** The household change's SLA in the catalogue's terms: "by day 10 of the next month" from filing. */
export const householdChangeSla: Sla = { unit: 'DAY_OF_NEXT_MONTH', amount: HOUSEHOLD_CHANGE_APPLY_BY_DAY };

export interface HouseholdChangeDates {
  /** The local date the new number of residents counts from (charges are recalculated from it). */
  effectiveFrom: string;
  /** The last local date on which the change may be applied. */
  applyBy: string;
}

/**
 * The dates of a household-size change filed on the local date `filedOn` (`YYYY-MM-DD`): effective from that
 * very day, applied by the 10th of the next month (2026-01-31 → 2026-02-10, 2026-12-15 → 2027-01-10). Throws a
 * RangeError on an invalid date.
 */
export function householdChangeDates(filedOn: string): HouseholdChangeDates {
  parseLocalDate(filedOn);
  return { effectiveFrom: filedOn, applyBy: dayOfNextMonth(filedOn, HOUSEHOLD_CHANGE_APPLY_BY_DAY) };
}

/**
 * The application's deadline: the end (23:59:59.999 local) of the apply-by day of a change filed at `filedAt`,
 * with the filing day taken in the city's `timeZone` (an evening filing on 31 December in Kazan, still the
 * 31st in UTC, belongs to January there).
 */
export function householdChangeDeadline(filedAt: Date, timeZone: string): Date {
  return endOfLocalDay(householdChangeDates(localDateOf(filedAt, timeZone)).applyBy, timeZone);
}
