// A meter's metrological verification (seed 003: "актуализировать информацию об их поверке"): every kind of
// meter must be verified again after an interval, and readings of a meter past it cannot be trusted. The
// register stores the date of the last verification and the date the next one is due, computed here.
import { addDays, formatLocalDate, parseLocalDate, utcMs } from '../sla/local-date.ts';
import type { MeterKind } from './reading-window.ts';

/**
 * The verification interval of each kind of meter, in months, when a city sets none of its own
 * (`meter_verification_interval`). These are the intervals most household meters sold in Russia and Ukraine
 * are type-approved with (the meter's passport states its own): cold water 6 years, hot water and heat
 * 4 years, gas 10 years, electricity 16 years.
 */
export const defaultVerificationIntervalMonths: Readonly<Record<MeterKind, number>> = {
  COLD_WATER: 72,
  HOT_WATER: 48,
  HEATING: 48,
  GAS: 120,
  ELECTRICITY: 192,
};

/** The bounds a city's own interval must keep (the database checks the same). */
export const verificationIntervalRange = { min: 12, max: 240 } as const;

/** How many days before the due date the resident is reminded. */
export const verificationReminderLeadDays = 30;

function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

/**
 * The date `months` months after (or, negative, before) `date` (`YYYY-MM-DD`): the same day of the month, or
 * the month's last day when it has fewer — as PostgreSQL's `date + interval 'n months'` counts.
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const { year, month, day } = parseLocalDate(date);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return formatLocalDate({ year: toYear, month: toMonth, day: Math.min(day, daysInMonth(toYear, toMonth)) });
}

/**
 * The date the next verification is due: `months` after `verifiedOn` (a meter verified on 31 January with a
 * 13-month interval is due on the last day of February), as the migration computed it for older rows.
 */
export function verificationDueOn(verifiedOn: string, months: number): string {
  if (!Number.isInteger(months) || months <= 0)
    throw new RangeError(`not a positive whole number: ${months}`);
  return addMonths(verifiedOn, months);
}

/** VALID; DUE_SOON within the reminder lead (the due date included); EXPIRED from the day after it. */
export const verificationStates = ['VALID', 'DUE_SOON', 'EXPIRED'] as const;
export type VerificationState = (typeof verificationStates)[number];

/** Where a meter's verification stands on `today` (local dates `YYYY-MM-DD`). */
export function verificationState(
  today: string,
  dueOn: string,
  leadDays = verificationReminderLeadDays,
): VerificationState {
  if (today > dueOn) return 'EXPIRED';
  return today >= addDays(dueOn, -leadDays) ? 'DUE_SOON' : 'VALID';
}

/** The latest due date a reminder is sent for on `today`: due dates from today to this one are reminded. */
export function reminderHorizon(today: string, leadDays = verificationReminderLeadDays): string {
  return addDays(today, leadDays);
}
