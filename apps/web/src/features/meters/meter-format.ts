// Dates and numbers of the meters page. Reading windows and periods are the city's local dates (`YYYY-MM-DD`),
// so they are formatted at noon UTC in UTC: the same calendar day wherever the browser is.
import { formatLocalDate, parseLocalDate, utcMs, type ReadingWindow } from '@citydesk/domain';
import { localeTag, type Locale } from '@citydesk/i18n';

const atNoon = (date: string) => `${date}T12:00:00Z`;

function calendar(locale: Locale): Intl.DateTimeFormatOptions {
  return locale === 'fa'
    ? { calendar: 'persian', numberingSystem: 'arabext' }
    : { calendar: 'gregory', numberingSystem: 'latn' };
}

/** A local date without the year, e.g. "15 November" (fa: "۲۴ آبان"). */
export function formatDayMonth(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    ...calendar(locale),
  }).format(new Date(atNoon(date)));
}

/**
 * The billing month of a period `YYYY-MM-01`, e.g. "November 2026" (`month`: just "Nov"). Periods are Gregorian months, so every
 * language names the Gregorian month (fa: "نوامبر ۲۰۲۶", in Persian digits).
 */
export function formatPeriod(period: string, locale: Locale, style: 'long' | 'month' = 'long'): string {
  return new Intl.DateTimeFormat(localeTag(locale), {
    ...(style === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short' }),
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: locale === 'fa' ? 'arabext' : 'latn',
  }).format(new Date(atNoon(period)));
}

/** When the next reading window opens, as a local date: this month's if it is still ahead, else next month's. */
export function nextWindowOpensOn(window: Pick<ReadingWindow, 'opensOn'> & { today: string }): string {
  if (window.today < window.opensOn) return window.opensOn;
  const { year, month, day } = parseLocalDate(window.opensOn);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(utcMs(nextYear, nextMonth + 1, 0)).getUTCDate();
  return formatLocalDate({ year: nextYear, month: nextMonth, day: Math.min(day, lastDay) });
}
