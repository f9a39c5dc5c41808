// Residents submit their meters' readings once a month, in a window of days the city sets (the 15th to the
// 25th by default); billing takes the readings of the month's window. All dates here are the city's local dates.
import type { IssueCode, ValidationIssue, ValidationResult } from '../issues.ts';
import { addDays, formatLocalDate, parseLocalDate, utcMs } from '../sla/local-date.ts';

/** What a meter measures. */
export const meterKinds = ['COLD_WATER', 'HOT_WATER', 'HEATING', 'ELECTRICITY', 'GAS'] as const;
export type MeterKind = (typeof meterKinds)[number];

/** Narrows an untrusted value to a {@link MeterKind}. */
export function isMeterKind(value: unknown): value is MeterKind {
  return typeof value === 'string' && (meterKinds as readonly string[]).includes(value);
}

/** The days of each month readings are accepted, both inclusive (1–31; a day past the month's end means its last). */
export type ReadingWindowDays = { fromDay: number; toDay: number };

/** This month's reading window as seen on one day. */
export type ReadingWindow = {
  /** The month the readings are for, as its first day `YYYY-MM-01`: the month of `today`. */
  period: string;
  /** First day readings are accepted, `YYYY-MM-DD`. */
  opensOn: string;
  /** Last day readings are accepted, `YYYY-MM-DD`. */
  closesOn: string;
  /** Whether `today` is inside the window. */
  open: boolean;
  /** Days left to submit, today included, while open (1 on the last day); 0 when closed. */
  daysLeft: number;
};

const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

function daysBetween(from: string, to: string): number {
  const a = parseLocalDate(from);
  const b = parseLocalDate(to);
  return Math.round((utcMs(b.year, b.month, b.day) - utcMs(a.year, a.month, a.day)) / DAY_MS);
}

function requireWindow({ fromDay, toDay }: ReadingWindowDays): void {
  const isDay = (d: number) => Number.isInteger(d) && d >= 1 && d <= 31;
  if (!(isDay(fromDay) && isDay(toDay) && fromDay <= toDay))
    throw new RangeError(`reading window must be days 1–31, from ≤ to: ${fromDay}–${toDay}`);
}

/**
 * The reading window of the month `today` (a local `YYYY-MM-DD`) is in. A window day past the end of a short
 * month is moved to its last day (a 20th–31st window closes on 28 February), so every month has a window.
 * Throws a RangeError on an invalid date or window.
 */
export function readingWindow(today: string, window: ReadingWindowDays): ReadingWindow {
  requireWindow(window);
  const { year, month } = parseLocalDate(today);
  const last = daysInMonth(year, month);
  const opensOn = formatLocalDate({ year, month, day: Math.min(window.fromDay, last) });
  const closesOn = formatLocalDate({ year, month, day: Math.min(window.toDay, last) });
  // YYYY-MM-DD strings of one format compare as dates.
  const open = opensOn <= today && today <= closesOn;
  return {
    period: formatLocalDate({ year, month, day: 1 }),
    opensOn,
    closesOn,
    open,
    daysLeft: open ? daysBetween(today, closesOn) + 1 : 0,
  };
}

/**
 * Whether to remind a resident of a missing reading on `today`: the window is open, nothing has been submitted
 * for its period yet, and it closes within `warnDays` days (inclusive: with 3, from three days before the last
 * day through the last day itself). Throws a RangeError on a negative or fractional `warnDays`.
 */
export function isReadingMissingSoon(
  today: string,
  window: ReadingWindowDays,
  hasReadingForPeriod: boolean,
  warnDays = 3,
): boolean {
  if (!(Number.isInteger(warnDays) && warnDays >= 0))
    throw new RangeError(`warnDays must be a whole number ≥ 0: ${warnDays}`);
  const current = readingWindow(today, window);
  return current.open && !hasReadingForPeriod && current.closesOn <= addDays(today, warnDays);
}

/** The most a meter may advance between two readings; more is a typo (an extra digit), not consumption. */
export const maxReadingIncrease = 1_000_000;
const readingPattern = /^\d+(?:[.,]\d{1,3})?$/;

// Readings have at most 3 decimals; comparing in thousandths avoids binary-fraction surprises (0.1 + 0.2).
const thousandths = (value: number) => Math.round(value * 1000);

/**
 * Validates a meter reading against the meter's `previous` one (`null` for a new meter): a number ≥ 0 with at
 * most 3 decimals (a number, or text such as `"1234,5"` from a form), not below the previous reading (meters
 * only count up) and at most 1 000 000 above it. Issues are on the field `value`.
 */
export function validateMeterReading(value: unknown, previous: number | null): ValidationResult<number> {
  const issue = (code: IssueCode): ValidationResult<number> => ({
    ok: false,
    issues: [{ field: 'value', code }],
  });

  let reading: number;
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === ''))
    return issue('required');
  if (typeof value === 'string') {
    const text = value.trim();
    if (!readingPattern.test(text)) return issue('invalid_number');
    reading = Number(text.replace(',', '.'));
  } else if (typeof value === 'number') {
    reading = value;
  } else {
    return issue('invalid_number');
  }
  if (!(Number.isFinite(reading) && reading >= 0) || Number(reading.toFixed(3)) !== reading)
    return issue('invalid_number');

  if (previous !== null) {
    if (thousandths(reading) < thousandths(previous)) return issue('too_small');
    if (thousandths(reading) - thousandths(previous) > thousandths(maxReadingIncrease))
      return issue('too_large');
  }
  // -0 is a valid zero reading; store it as 0.
  return { ok: true, value: reading === 0 ? 0 : reading };
}

/**
 * Checks a city's reading window as an administrator sets it: whole days 1–28 (days every month has), the
 * first not after the last. Issues name `fromDay` / `toDay`.
 */
export function validateReadingWindowDays(input: {
  fromDay: unknown;
  toDay: unknown;
}): ValidationResult<ReadingWindowDays> {
  const issues: ValidationIssue[] = [];
  const day = (value: unknown, field: 'fromDay' | 'toDay') => {
    if (typeof value !== 'number' || !Number.isInteger(value)) issues.push({ field, code: 'invalid_number' });
    else if (value < 1) issues.push({ field, code: 'too_small' });
    else if (value > 28) issues.push({ field, code: 'too_large' });
    else return value;
    return null;
  };
  const fromDay = day(input.fromDay, 'fromDay');
  const toDay = day(input.toDay, 'toDay');
  if (fromDay !== null && toDay !== null && fromDay > toDay)
    issues.push({ field: 'toDay', code: 'too_small' });
  if (issues.length > 0 || fromDay === null || toDay === null) return { ok: false, issues };
  return { ok: true, value: { fromDay, toDay } };
}
