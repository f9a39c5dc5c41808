// Dates, numbers and deadlines for every locale, with Intl only (no date library): the browser, Node and the
// PDF renderer share these functions. fa uses the Solar Hijri (Persian) calendar and Persian digits; the other
// locales use the Gregorian calendar and Latin digits, whatever the host's defaults are.
import { messages } from './messages/index.ts';
import { localeTag, type Locale } from './locales.ts';

export type DateInput = Date | string | number;

export interface FormatOptions {
  /** IANA time zone, e.g. `Europe/Moscow`; the host's zone when omitted. */
  timeZone?: string;
  /** Leave out the year (for tables of near dates): "26 Nov, 15:00". */
  compact?: boolean;
}

export interface RelativeOptions {
  /** The moment to compare with; injected by tests, defaults to the current time. */
  now?: DateInput;
}

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

function calendarOptions(locale: Locale): Pick<Intl.DateTimeFormatOptions, 'calendar' | 'numberingSystem'> {
  return locale === 'fa'
    ? { calendar: 'persian', numberingSystem: 'arabext' }
    : { calendar: 'gregory', numberingSystem: 'latn' };
}

function numberingSystem(locale: Locale): string {
  return locale === 'fa' ? 'arabext' : 'latn';
}

function dateFormat(
  locale: Locale,
  style: Intl.DateTimeFormatOptions,
  options: Pick<FormatOptions, 'timeZone'>,
) {
  return new Intl.DateTimeFormat(localeTag(locale), {
    ...style,
    ...calendarOptions(locale),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
}

/** A calendar date, e.g. "25 Nov 2026", "25 нояб. 2026 г.", "۴ آذر ۱۴۰۵". */
export function formatDate(value: DateInput, locale: Locale, options: FormatOptions = {}): string {
  return dateFormat(locale, { dateStyle: 'medium' }, options).format(toDate(value));
}

/** A local calendar day `YYYY-MM-DD` (no time, no zone) in the reader's calendar; anything else as given. */
export function formatLocalDay(date: string, locale: Locale): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? formatDate(`${date}T12:00:00Z`, locale, { timeZone: 'UTC' })
    : date;
}

/** A date with the time of day, e.g. "25 Nov 2026, 14:30" (compact: "25 Nov, 14:30"). */
export function formatDateTime(value: DateInput, locale: Locale, options: FormatOptions = {}): string {
  const style: Intl.DateTimeFormatOptions = options.compact
    ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : { dateStyle: 'medium', timeStyle: 'short' };
  return dateFormat(locale, style, options).format(toDate(value));
}

/** A number with the locale's separators and digits. */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeTag(locale), {
    ...options,
    numberingSystem: numberingSystem(locale),
  }).format(value);
}

/** A (Gregorian) year as a plain number in the locale's digits: "2028", fa "۲۰۲۸" — never "2,028". */
export function formatYear(year: number, locale: Locale): string {
  return formatNumber(year, locale, { useGrouping: false });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function formatDuration(ms: number, locale: Locale): string {
  const [amount, unit] =
    ms < HOUR
      ? [Math.max(1, Math.round(ms / MINUTE)), 'minute']
      : ms < 2 * DAY
        ? [Math.round(ms / HOUR), 'hour']
        : [Math.round(ms / DAY), 'day'];
  return new Intl.NumberFormat(localeTag(locale), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    numberingSystem: numberingSystem(locale),
  }).format(amount);
}

/**
 * How far a deadline is from now: "in 3 hr" before it, "overdue by 2 days" after it, "due now" within a minute.
 * Minutes under an hour, hours under two days, days beyond.
 */
export function formatRelative(deadline: DateInput, locale: Locale, options: RelativeOptions = {}): string {
  const now = toDate(options.now ?? Date.now()).getTime();
  const diff = toDate(deadline).getTime() - now;
  const time = messages[locale].time;
  if (Math.abs(diff) < MINUTE) return time.dueNow;
  const template = diff > 0 ? time.dueIn : time.overdueBy;
  return template.replace('{{duration}}', formatDuration(Math.abs(diff), locale));
}
