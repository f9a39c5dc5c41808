import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatRelative,
  formatYear,
  localeTag,
  type DateInput,
  type Locale,
} from '@citydesk/i18n';
import { useContext, useMemo } from 'react';
import { SessionContext } from '../features/session/session-context.ts';
import { currentLocale } from '../app/i18n.ts';
import { useI18nInstance } from '../app/useI18nInstance.ts';

/** @citydesk/i18n's formatters bound to the current language (fa: Persian calendar and digits). */
export function useFormat() {
  const i18n = useI18nInstance();
  const locale = currentLocale(i18n);
  // Dates and times in the city's time zone, so a deadline reads the same for everyone, wherever they are.
  const timeZone = useContext(SessionContext)?.timeZone ?? undefined;
  return useMemo(
    () => ({
      locale,
      timeZone,
      date: (value: DateInput) => formatDate(value, locale, { timeZone }),
      dateTime: (value: DateInput) => formatDateTime(value, locale, { timeZone }),
      compactDateTime: (value: DateInput) => formatDateTime(value, locale, { compact: true, timeZone }),
      number: (value: number) => formatNumber(value, locale),
      year: (value: number) => formatYear(value, locale),
      relative: (value: DateInput) => formatRelative(value, locale),
      ago: (value: DateInput) => formatAgo(value, locale),
    }),
    [locale, timeZone],
  );
}

const agoUnits: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** How long ago something happened ("5 minutes ago", "вчера"), in the language's own words and digits. */
export function formatAgo(value: DateInput, locale: Locale, now: number = Date.now()): string {
  const seconds = Math.round((new Date(value).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(localeTag(locale), { numeric: 'auto' });
  for (const [unit, size] of agoUnits) {
    if (Math.abs(seconds) >= size || unit === 'second')
      return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/**
 * A local calendar day (`YYYY-MM-DD`: a deadline day, an effective date, a reading period) in the language's
 * calendar and digits; formatted at noon UTC in UTC, so it is the same day wherever the browser is. Any other
 * text is returned as it is.
 */
export { formatLocalDay } from '@citydesk/i18n';

/** Persian and Arabic-Indic digits and separators (fa keyboards) as Latin ones, so numbers typed in any script parse. */
export function toLatinDigits(input: string): string {
  return input
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, '');
}
