import type { LocalDateParts } from './local-date.ts';
import { addDays, formatLocalDate, parseLocalDate, utcMs } from './local-date.ts';

/** A wall-clock date and time in some time zone, without the zone. */
export type LocalDateTime = LocalDateParts & {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
};

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

// One formatter per zone: creating Intl.DateTimeFormat is far slower than using one.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws a RangeError unless `timeZone` is an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

/** The wall-clock date and time in `timeZone` at the instant `at`. */
export function localDateTimeOf(at: Date | number, timeZone: string): LocalDateTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('not a valid instant');
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields['year'] ?? Number.NaN,
    month: fields['month'] ?? Number.NaN,
    day: fields['day'] ?? Number.NaN,
    // Some engines print midnight as 24 even with h23.
    hour: (fields['hour'] ?? Number.NaN) % 24,
    minute: fields['minute'] ?? Number.NaN,
    second: fields['second'] ?? Number.NaN,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** The local date (`YYYY-MM-DD`) in `timeZone` at the instant `at`. */
export function localDateOf(at: Date | number, timeZone: string): string {
  return formatLocalDate(localDateTimeOf(at, timeZone));
}

/** The offset of `timeZone` from UTC at the instant `at`, in milliseconds (Moscow: +3 h = 10 800 000). */
export function utcOffsetMs(at: Date | number, timeZone: string): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  const l = localDateTimeOf(ms, timeZone);
  return utcMs(l.year, l.month, l.day, l.hour, l.minute, l.second, l.millisecond) - ms;
}

/**
 * The instant a wall-clock time in `timeZone` denotes, handling daylight-saving changes the way Temporal's
 * `compatible` option does: a time that occurs twice (clocks turned back) gives the earlier instant; a time that
 * never occurs (clocks turned forward) is moved forward by the size of the gap (03:30 → 04:30).
 */
export function zonedTimeToInstant(local: LocalDateTime, timeZone: string): Date {
  const wall = utcMs(
    local.year,
    local.month,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond,
  );
  // The offsets a day either side cover any single transition near this wall time.
  const offsetBefore = utcOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = utcOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => utcOffsetMs(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - offsetBefore);
}

/** The first instant of the local date `date` (`YYYY-MM-DD`) in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const parts = parseLocalDate(date);
  return zonedTimeToInstant({ ...parts, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/**
 * The last millisecond of the local date `date` in `timeZone` — 23:59:59.999 local on ordinary days, computed as
 * one millisecond before the next day starts so days of 23 or 25 hours come out right too.
 */
export function endOfLocalDay(date: string, timeZone: string): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}
